import math


def circle_points(n, radius):
    punkti = []
    for i in range(n):
        lenkis = i * 2 * math.pi / n
        x = round(radius * math.cos(lenkis), 3)
        y = round(radius * math.sin(lenkis), 3)
        punkti.append((x, y))
    return punkti


print(circle_points(6, 2))
