from darbnica import *

model = cube([100, 16, 4])
for i in range(5):
    peg = cylinder(30, 4).translate(10 + i * 20, 8, 0)
    # Each peg replaces the model instead of being added to it: only the last one is left.
    model = peg
show(model)
