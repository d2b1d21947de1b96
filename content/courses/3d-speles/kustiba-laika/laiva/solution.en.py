from game import *

sea = Entity(model="plane", color="#3d7bd9", scale=(16, 1, 8), y=-0.5, collider=None)
boat = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2, velocity=(2, 0, 0))
sail = Entity(model="cone", color="white", scale=(0.8, 1.5, 0.8), x=-6, y=1, z=-2)


def update():
    # The sail goes with the boat
    sail.x = boat.x
    # Past the right edge, the boat comes back on the left
    if boat.x > 6:
        boat.x = -6


def input(key):
    if key == "space":
        if boat.velocity[0] == 0:
            boat.velocity = (2, 0, 0)
        else:
            boat.velocity = (0, 0, 0)
