def grid(rows, columns, step):
    vietas = []
    # Ar diviem cikliem pievieno sarakstam katra kuba vietu (x, y)
    return vietas


print(grid(2, 3, 10))
