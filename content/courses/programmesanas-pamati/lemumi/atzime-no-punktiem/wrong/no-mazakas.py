def grade(points):
    if points >= 15:
        return 2
    elif points >= 25:
        return 3
    elif points >= 35:
        return 4
    elif points >= 45:
        return 5
    elif points >= 55:
        return 6
    elif points >= 65:
        return 7
    elif points >= 75:
        return 8
    elif points >= 85:
        return 9
    elif points >= 95:
        return 10
    else:
        return 1
