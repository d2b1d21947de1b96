import math


def circle_points(n, radius):
    points = []
    # For each point, work out its angle, x and y, and add (x, y) to the list
    return points


print(circle_points(6, 2))
