from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    # Every floor is 60 × 60: a block, not a pyramid.
    layer = cube([60, 60, 5]).translate(0, 0, i * 5)
    pyramid = pyramid + layer
show(pyramid)
