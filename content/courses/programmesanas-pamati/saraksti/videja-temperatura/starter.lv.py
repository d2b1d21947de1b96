def average(temperaturas):
    # Saskaiti temperatūras, izdali ar to skaitu un noapaļo
    return ...


# Pamēģini:
print(average([2, 4, 5]))
