def volume(width, depth, height):
    return width * depth * height


print(volume(10, 5, 2))
