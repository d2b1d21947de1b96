# Savāc dzintarus Liepājas pludmalē! Spied bultiņas.
from game import *

# Spēlētāja ātrums (soļi sekundē): studijā param(...) kļūst par slīdni
ATRUMS = param("speed", 6, 1, 15, step=1, label={"lv": "Spēlētāja ātrums", "en": "Player's speed"})

zeme = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 10), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange", z=3)
dzintari = [Entity(model="sphere", color="gold", scale=0.6, collider="sphere",
                   x=x, z=z) for x, z in [(-5, -2), (0, -3), (5, 1), (-2, 2)]]
punkti = 0
teksts = Text("Dzintari: 0", size=0.07)

def update():
    global punkti
    solis = ATRUMS * time.dt
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis
    for dzintars in dzintari[:]:
        if speletajs.intersects(dzintars):
            destroy(dzintars)
            dzintari.remove(dzintars)
            punkti += 1
            teksts.text = f"Dzintari: {punkti}"
            play_sound("coin")
    if not dzintari:
        teksts.text = "Visi savākti!"
