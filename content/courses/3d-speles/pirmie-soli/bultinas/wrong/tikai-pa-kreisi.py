from game import *

speletajs = Entity(model="cube", color="orange")


def update():
    if held_keys["right"]:
        speletajs.x += 0.1
    if held_keys["left"]:
        speletajs.x -= 0.1
