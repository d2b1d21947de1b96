from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    size = 60 - i * 10
    # Moved by the whole 10 mm: each floor leans to one side.
    layer = cube([size, size, 5]).translate(i * 10, i * 10, i * 5)
    pyramid = pyramid + layer
show(pyramid)
