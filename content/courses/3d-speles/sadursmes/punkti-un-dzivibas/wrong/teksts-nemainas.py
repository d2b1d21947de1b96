# The score changes, but its text keeps saying "Punkti: 0".
from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")
dzintari = [Entity(model="sphere", color="gold", scale=0.6, x=x) for x in [1.5, 3, 4.5, 6]]
krabis = Entity(model="cube", color="red", scale=(1, 0.5, 0.8), x=-3)

punkti = 0
dzivibas = 3
punktu_teksts = Text("Punkti: 0")
dzivibu_teksts = Text("Dzīvības: 3", position=(0.03, 0.11))


def update():
    global punkti, dzivibas
    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis

    for dzintars in dzintari[:]:
        if speletajs.intersects(dzintars):
            destroy(dzintars)
            dzintari.remove(dzintars)
            punkti += 1
            play_sound("coin")

    if speletajs.intersects(krabis):
        dzivibas -= 1
        dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
        play_sound("hit")
        # Atpakaļ sākumā, lai krabis nenoņem dzīvību katrā kadrā
        speletajs.position = (0, 0, 0)
