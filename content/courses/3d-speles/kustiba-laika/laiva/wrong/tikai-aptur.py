from game import *

laiva = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2, velocity=(2, 0, 0))


def update():
    if laiva.x > 6:
        laiva.x = -6


def input(key):
    # Stops, but never starts again
    if key == "space":
        laiva.velocity = (0, 0, 0)
