from darbnica import *

model = cube([100, 16, 4])
for i in range(5):
    peg = cylinder(30, 4).translate(10 + i * 20, 8, 0)
# Outside the loop: only the last peg is added.
model = model + peg
show(model)
