from darbnica import *

model = cube([100, 16, 4])
# range(4) gives 0, 1, 2, 3: only four pegs.
for i in range(4):
    peg = cylinder(30, 4).translate(10 + i * 20, 8, 0)
    model = model + peg
show(model)
