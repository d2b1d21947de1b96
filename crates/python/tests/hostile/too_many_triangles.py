# A sphere of more triangles than the view draws (1,046,528 of at most 1,000,000).
# expect: model-error too_many_triangles
from darbnica import *

show(sphere(10, segments=1024))
