def square(n):
    # Replace ... with your own code
    ...


# Try it out:
print(square(3))
