# No ground: the player falls for ever.
from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")

atrums_y = 0         # ātrums uz augšu, vienības sekundē
gravitacija = 20     # par cik ātrums samazinās katrā sekundē
leciena_atrums = 8   # ātrums lēciena sākumā


def update():
    global atrums_y
    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis

    # Gravitācija bremzē kāpšanu un paātrina krišanu
    atrums_y -= gravitacija * time.dt
    speletajs.y += atrums_y * time.dt
    # Zeme neļauj izkrist cauri


def input(key):
    global atrums_y
    # Lēkt var tikai no zemes
    if key == "space" and speletajs.y <= 0:
        atrums_y = leciena_atrums
        play_sound("jump")
