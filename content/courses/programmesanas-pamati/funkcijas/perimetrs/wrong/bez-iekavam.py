def perimeter(a, b):
    return 2 * a + b
