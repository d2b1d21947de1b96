def grade(points):
    if points >= 95:
        print(10)
    elif points >= 85:
        print(9)
    elif points >= 75:
        print(8)
    elif points >= 65:
        print(7)
    elif points >= 55:
        print(6)
    elif points >= 45:
        print(5)
    elif points >= 35:
        print(4)
    elif points >= 25:
        print(3)
    elif points >= 15:
        print(2)
    else:
        print(1)
