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

    # 1. Pieskaiti taimerim time.dt. Kad sakrājusies sekunde, sāc no 0 un izveido jaunu akmeni

    # 2. Akmeņus, kas nokrituši zemāk par y = -1, izņem no spēles un no saraksta
