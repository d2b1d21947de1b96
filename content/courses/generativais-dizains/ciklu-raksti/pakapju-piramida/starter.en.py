from darbnica import *

# The bottom floor: 60 × 60 mm, 5 mm tall.
pyramid = cube([60, 60, 5])

# Stack the other 4 floors on top of it with a for loop.

show(pyramid)
