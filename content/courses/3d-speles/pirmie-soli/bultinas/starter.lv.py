from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")


def update():
    # Kamēr bultiņa pa labi ir nospiesta, ej pa labi
    if held_keys["right"]:
        speletajs.x += 0.1
    # Pievieno bultiņas pa kreisi ("left"), uz augšu ("up") un uz leju ("down")
