from darbnica import *

plate = cube([50, 20, 3])
# Too short: it only hollows out the bottom 2 mm, so the hole is not through.
hole = cylinder(2, 3).translate(7, 10, 0)
show(plate - hole)
