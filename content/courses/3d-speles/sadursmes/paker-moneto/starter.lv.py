from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
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

    # Kad spēlētājs pieskaras monētai: izņem to no spēles un atskaņo skaņu "coin"
