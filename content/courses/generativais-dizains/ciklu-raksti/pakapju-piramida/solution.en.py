from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    # Each floor is 10 mm smaller. To centre it, move it by half of that,
    # 5 mm, along x and y, and 5 mm up.
    size = 60 - i * 10
    layer = cube([size, size, 5]).translate(i * 5, i * 5, i * 5)
    pyramid = pyramid + layer

show(pyramid)
