from game import *

boat = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2, velocity=(0, 0, 2))


def update():
    if boat.x > 6:
        boat.x = -6


def input(key):
    if key == "space":
        if boat.velocity[2] == 0:
            boat.velocity = (0, 0, 2)
        else:
            boat.velocity = (0, 0, 0)
