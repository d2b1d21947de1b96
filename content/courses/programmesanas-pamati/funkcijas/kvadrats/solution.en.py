def square(n):
    return n * n


# Try it out:
print(square(3))
