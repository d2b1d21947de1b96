from darbnica import *

plate = cube([50, 20, 3])
hole = cylinder(5, 3).translate(7, 10, -1)
show(plate)
