from darbnica import *

# Only the pegs: five loose pieces.
model = cylinder(30, 4).translate(10, 8, 0)
for i in range(1, 5):
    model = model + cylinder(30, 4).translate(10 + i * 20, 8, 0)
show(model)
