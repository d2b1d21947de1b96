from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
# The player was left white, in the middle
player = Entity(model="cube")
coin = Entity(model="sphere", color="gold", position=(3, 1, 0), scale=0.5)
