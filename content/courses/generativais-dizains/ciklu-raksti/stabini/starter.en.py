from darbnica import *

model = cube([100, 16, 4])

# Add 5 pegs to the base with a for loop.

show(model)
