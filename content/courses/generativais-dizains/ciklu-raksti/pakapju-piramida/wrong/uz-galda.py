from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    size = 60 - i * 10
    # Not lifted: all the floors lie on the bed, inside the bottom one.
    layer = cube([size, size, 5]).translate(i * 5, i * 5, 0)
    pyramid = pyramid + layer
show(pyramid)
