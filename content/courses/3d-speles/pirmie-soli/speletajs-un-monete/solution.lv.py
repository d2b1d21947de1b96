from game import *

# Smilšu zeme, uz kuras viss stāv
zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)

# Spēlētājs: oranžs kubs pa kreisi
speletajs = Entity(model="cube", color="orange", x=-3)

# Zeltaina monēta pa labi, nedaudz gaisā
monete = Entity(model="sphere", color="gold", position=(3, 1, 0), scale=0.5)
