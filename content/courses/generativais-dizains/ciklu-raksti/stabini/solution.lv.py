from darbnica import *

count = 5

model = cube([100, 16, 4])
for i in range(count):
    # Stabiņi ir ik pēc 20 mm, pirmais pie x = 10.
    peg = cylinder(30, 4).translate(10 + i * 20, 8, 0)
    model = model + peg

show(model)
