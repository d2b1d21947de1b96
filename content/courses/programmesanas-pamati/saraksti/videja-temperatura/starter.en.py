def average(temperatures):
    # Add up the temperatures, divide by how many there are, and round
    return ...


# Try it out:
print(average([2, 4, 5]))
