from game import *

boat = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2, velocity=(2, 0, 0))


def input(key):
    # It never comes back from the right edge
    if key == "space":
        if boat.velocity[0] == 0:
            boat.velocity = (2, 0, 0)
        else:
            boat.velocity = (0, 0, 0)
