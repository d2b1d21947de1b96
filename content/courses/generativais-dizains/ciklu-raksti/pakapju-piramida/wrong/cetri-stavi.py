from darbnica import *

pyramid = cube([60, 60, 5])
# range(1, 4) gives 1, 2, 3: the top floor is missing.
for i in range(1, 4):
    size = 60 - i * 10
    layer = cube([size, size, 5]).translate(i * 5, i * 5, i * 5)
    pyramid = pyramid + layer
show(pyramid)
