from darbnica import *

# Depth and height swapped: the plate stands on its long edge.
plate = cube([50, 3, 20])
show(plate)
