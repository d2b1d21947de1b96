def average(temperatures):
    total = 0
    for temperature in temperatures:
        total = total + temperature
    return round(total / 7, 1)
