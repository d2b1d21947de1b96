from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    size = 60 - i * 10
    # Only lifted: every floor is pushed into the same corner.
    layer = cube([size, size, 5]).translate(0, 0, i * 5)
    pyramid = pyramid + layer
show(pyramid)
