from game import *

sea = Entity(model="plane", color="#3d7bd9", scale=(16, 1, 8), y=-0.5, collider=None)
# 1. Give the boat a velocity: velocity=(2, 0, 0)
boat = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2)
sail = Entity(model="cone", color="white", scale=(0.8, 1.5, 0.8), x=-6, y=1, z=-2)


def update():
    # The sail goes with the boat
    sail.x = boat.x
    # 2. When the boat is past x = 6, put it at x = -6


def input(key):
    # 3. The space bar ("space") stops the boat or starts it again
    pass
