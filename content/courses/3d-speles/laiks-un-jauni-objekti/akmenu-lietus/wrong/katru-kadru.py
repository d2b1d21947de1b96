# No timer: a new stone in every frame.
import random
from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")
akmeni = []
taimeris = 0


def update():
    global taimeris
    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis

    # Reizi sekundē jauns akmens nejaušā vietā
    if True:
        akmens = Entity(model="sphere", color="grey", x=random.uniform(-5, 5), y=8,
                        velocity=(0, -3, 0))
        akmeni.append(akmens)

    # Nokritušos akmeņus izņem no spēles un no saraksta
    for akmens in akmeni[:]:
        if akmens.y < -1:
            destroy(akmens)
            akmeni.remove(akmens)
