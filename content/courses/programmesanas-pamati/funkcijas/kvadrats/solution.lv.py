def square(n):
    return n * n


# Pamēģini:
print(square(3))
