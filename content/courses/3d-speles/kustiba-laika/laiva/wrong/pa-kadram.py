from game import *

laiva = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2)
brauc = True


def update():
    # Moved by hand, a fixed step per frame, and no velocity
    if brauc:
        laiva.x += 2 / 60
    if laiva.x > 6:
        laiva.x = -6


def input(key):
    global brauc
    if key == "space":
        brauc = not brauc
