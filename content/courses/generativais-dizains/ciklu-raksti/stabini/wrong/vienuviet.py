from darbnica import *

model = cube([100, 16, 4])
for i in range(5):
    # i is not used: all five pegs stand in the same place.
    peg = cylinder(30, 4).translate(10, 8, 0)
    model = model + peg
show(model)
