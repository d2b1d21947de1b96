from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange", x=-3)
# y and z mixed up: the coin lies on the ground, nearer the camera
monete = Entity(model="sphere", color="gold", position=(3, 0, 1), scale=0.5)
