from game import *

speletajs = Entity(model="cube", color="orange")
monete = Entity(model="sphere", color="gold", scale=0.5, x=3)


def update():
    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis
    if monete and speletajs.intersects(monete):
        destroy(monete)
