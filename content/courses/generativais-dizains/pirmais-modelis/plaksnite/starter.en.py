from darbnica import *

# This is a 10 mm cube. Replace 10 with three sizes: [width, depth, height].
plate = cube(10)
show(plate)
