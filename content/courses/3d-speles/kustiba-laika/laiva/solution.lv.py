from game import *

jura = Entity(model="plane", color="#3d7bd9", scale=(16, 1, 8), y=-0.5, collider=None)
laiva = Entity(model="cube", color="brown", scale=(2, 0.6, 1), x=-6, z=-2, velocity=(2, 0, 0))
bura = Entity(model="cone", color="white", scale=(0.8, 1.5, 0.8), x=-6, y=1, z=-2)


def update():
    # Bura brauc kopā ar laivu
    bura.x = laiva.x
    # Aiz labās malas laiva atkal parādās kreisajā pusē
    if laiva.x > 6:
        laiva.x = -6


def input(key):
    if key == "space":
        if laiva.velocity[0] == 0:
            laiva.velocity = (2, 0, 0)
        else:
            laiva.velocity = (0, 0, 0)
