from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")
atrums = 5  # vienības sekundē


def update():
    # Šajā kadrā noietais ceļš: ātrums reiz laiks kopš iepriekšējā kadra
    solis = atrums * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis
