from darbnica import *

plate = cube([50, 20, 3])
# 6 taken as the radius: the hole is 12 mm across.
hole = cylinder(5, 6).translate(7, 10, -1)
show(plate - hole)
