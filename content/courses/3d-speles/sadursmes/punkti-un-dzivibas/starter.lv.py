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
            # 1. Pieskaiti punktu un parādi to tekstā

    # 2. Ja spēlētājs pieskaras krabim: mīnus dzīvība, jauns teksts un atpakaļ uz (0, 0, 0)
