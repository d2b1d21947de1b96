def grid(rows, columns, step):
    positions = []
    for row in range(rows):
        for column in range(columns):
            positions.append((row * step, column * step))
    return positions
