from game import *

speletajs = Entity(model="cube", color="orange")
atrums = 5


def update():
    # time.dt alone: one unit a second, not five
    if held_keys["right"]:
        speletajs.x += time.dt
    if held_keys["left"]:
        speletajs.x -= time.dt
    if held_keys["up"]:
        speletajs.z -= time.dt
    if held_keys["down"]:
        speletajs.z += time.dt
