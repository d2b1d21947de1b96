import math


def circle_points(n, radius):
    points = []
    for i in range(n):
        angle = i * 360 / n
        x = round(radius * math.cos(angle), 3)
        y = round(radius * math.sin(angle), 3)
        points.append((x, y))
    return points
