# Five thousand cuts made one by one in a loop, each a sphere of 32,000 triangles.
# expect: memory-limit
from darbnica import *

ball = sphere(10, segments=128)
shape = ball
for i in range(5000):
    shape = shape - ball.translate(15 + i * 0.001, 0, 0)
show(shape)
