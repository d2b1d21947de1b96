import math


def circle_points(n, radius):
    punkti = []
    # Katram punktam aprēķini leņķi, x un y un pievieno (x, y) sarakstam
    return punkti


print(circle_points(6, 2))
