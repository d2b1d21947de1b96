from darbnica import *

plate = cube([50, 20, 3])
hole = cylinder(5, 3).translate(7, 10, -1)
# Added instead of subtracted: a peg sticks out.
show(plate + hole)
