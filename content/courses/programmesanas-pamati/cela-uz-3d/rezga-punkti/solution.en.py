def grid(rows, columns, step):
    positions = []
    for row in range(rows):
        for column in range(columns):
            positions.append((column * step, row * step))
    return positions


print(grid(2, 3, 10))
