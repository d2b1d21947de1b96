def grid(rows, columns, step):
    positions = []
    for row in range(1, rows + 1):
        for column in range(1, columns + 1):
            positions.append((column * step, row * step))
    return positions
