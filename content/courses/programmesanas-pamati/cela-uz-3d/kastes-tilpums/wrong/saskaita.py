def volume(width, depth, height):
    return width + depth + height
