def perimeter(a, b):
    return 2 * (a + b)


# Pamēģini:
print(perimeter(3, 4))
