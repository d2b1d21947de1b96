from darbnica import *

plate = cube(10)
show(plate)
