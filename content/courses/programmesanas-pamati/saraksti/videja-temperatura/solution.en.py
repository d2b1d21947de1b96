def average(temperatures):
    total = 0
    for temperature in temperatures:
        total = total + temperature
    return round(total / len(temperatures), 1)


# Try it out:
print(average([2, 4, 5]))
