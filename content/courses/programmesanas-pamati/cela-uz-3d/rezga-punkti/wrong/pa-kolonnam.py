def grid(rows, columns, step):
    positions = []
    for column in range(columns):
        for row in range(rows):
            positions.append((column * step, row * step))
    return positions
