def grid(rows, columns, step):
    positions = []
    # Use two loops to add each cube's position (x, y) to the list
    return positions


print(grid(2, 3, 10))
