from darbnica import *

plate = cube([50, 20, 3])
# Centred on the edge: a notch, not a hole.
hole = cylinder(5, 3).translate(0, 10, -1)
show(plate - hole)
