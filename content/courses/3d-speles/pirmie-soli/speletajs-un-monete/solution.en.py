from game import *

# The sandy ground everything stands on
ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)

# The player: an orange cube on the left
player = Entity(model="cube", color="orange", x=-3)

# A gold coin on the right, a little up in the air
coin = Entity(model="sphere", color="gold", position=(3, 1, 0), scale=0.5)
