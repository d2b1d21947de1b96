from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")


def update():
    if held_keys["right"]:
        speletajs.x += 0.1
    if held_keys["left"]:
        speletajs.x -= 0.1
    # Uz augšu nozīmē prom no kameras: z samazinās
    if held_keys["up"]:
        speletajs.z -= 0.1
    if held_keys["down"]:
        speletajs.z += 0.1
