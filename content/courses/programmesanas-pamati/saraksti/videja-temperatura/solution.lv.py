def average(temperaturas):
    summa = 0
    for temperatura in temperaturas:
        summa = summa + temperatura
    return round(summa / len(temperaturas), 1)


# Pamēģini:
print(average([2, 4, 5]))
