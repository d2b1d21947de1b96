# A union of four hundred overlapping spheres: more booleans than a run has memory for.
# expect: memory-limit
from darbnica import *

ball = sphere(10, segments=48)
shape = ball
for i in range(400):
    shape = shape + ball.translate(i % 20 * 5, i // 20 * 5, 0)
show(shape)
