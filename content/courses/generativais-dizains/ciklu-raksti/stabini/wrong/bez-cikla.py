from darbnica import *

model = cube([100, 16, 4])
model = model + cylinder(30, 4).translate(10, 8, 0)
model = model + cylinder(30, 4).translate(30, 8, 0)
model = model + cylinder(30, 4).translate(50, 8, 0)
model = model + cylinder(30, 4).translate(70, 8, 0)
model = model + cylinder(30, 4).translate(90, 8, 0)
show(model)
