from game import *

# Smilšu zeme, uz kuras viss stāv
zeme = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)

# Spēlētājs: nokrāso to oranžu un noliec vietā x = -3
speletajs = Entity(model="cube")

# Izveido monētu šeit
