from game import *

speletajs = Entity(model="cube", color="orange")
atrums = 5


def update():
    # Still a fixed step per frame: faster on a faster computer
    if held_keys["right"]:
        speletajs.x += 0.1
    if held_keys["left"]:
        speletajs.x -= 0.1
    if held_keys["up"]:
        speletajs.z -= 0.1
    if held_keys["down"]:
        speletajs.z += 0.1
