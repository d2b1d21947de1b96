def volume(width, depth, height):
    print(width * depth * height)


volume(10, 5, 2)
