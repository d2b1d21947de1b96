def volume(width, depth, height):
    # Nomaini 0 pret tilpuma aprēķinu
    return 0


print(volume(10, 5, 2))
