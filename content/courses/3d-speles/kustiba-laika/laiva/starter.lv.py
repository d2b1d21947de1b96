from game import *

jura = Entity(model="plane", color="#3d7bd9", scale=(16, 1, 8), y=-0.5, collider=None)
# 1. Iedod laivai ātrumu: velocity=(2, 0, 0)
laiva = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2)
bura = Entity(model="cone", color="white", scale=(0.8, 1.5, 0.8), x=-6, y=1, z=-2)


def update():
    # Bura brauc kopā ar laivu
    bura.x = laiva.x
    # 2. Kad laiva ir tālāk par x = 6, noliec to uz x = -6


def input(key):
    # 3. Ar atstarpi ("space") aptur laivu vai palaiž to atkal
    pass
