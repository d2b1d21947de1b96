def perimeter(a, b):
    return 2 * (a + b)


# Try it out:
print(perimeter(3, 4))
