from darbnica import *

plate = cube([50, 20, 3])

# A 6 mm diameter is a 3 mm radius. The cylinder is taller than the plate
# and starts 1 mm below the bed, so it goes right through.
hole = cylinder(5, 3).translate(7, 10, -1)

show(plate - hole)
