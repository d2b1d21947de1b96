import math


def circle_points(n, radius):
    points = []
    for i in range(n):
        angle = i * 2 * math.pi / n
        points.append((round(math.cos(angle), 3), round(math.sin(angle), 3)))
    return points
