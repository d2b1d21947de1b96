def average(temperaturas):
    summa = 0
    for temperatura in temperaturas:
        summa = summa + temperatura
    return summa / len(temperaturas)
