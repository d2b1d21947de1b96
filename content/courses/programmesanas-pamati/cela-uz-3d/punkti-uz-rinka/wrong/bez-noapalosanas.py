import math


def circle_points(n, radius):
    points = []
    for i in range(n):
        angle = i * 2 * math.pi / n
        points.append((radius * math.cos(angle), radius * math.sin(angle)))
    return points
