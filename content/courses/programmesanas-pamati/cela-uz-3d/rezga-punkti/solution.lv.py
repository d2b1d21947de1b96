def grid(rows, columns, step):
    vietas = []
    for rinda in range(rows):
        for kolonna in range(columns):
            vietas.append((kolonna * step, rinda * step))
    return vietas


print(grid(2, 3, 10))
