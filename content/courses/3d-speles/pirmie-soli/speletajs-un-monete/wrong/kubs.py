from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange", x=-3)
# A cube, full size, not a small ball
coin = Entity(model="cube", color="gold", position=(3, 1, 0))
