def perimeter(a, b):
    # Return the perimeter of the rectangle
    ...


# Try it out:
print(perimeter(3, 4))
