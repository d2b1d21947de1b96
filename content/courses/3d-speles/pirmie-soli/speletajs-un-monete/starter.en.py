from game import *

# The sandy ground everything stands on
ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)

# The player: paint it orange and move it to x = -3
player = Entity(model="cube")

# Make the coin here
