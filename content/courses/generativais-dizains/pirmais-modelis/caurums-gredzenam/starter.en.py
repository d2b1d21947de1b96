from darbnica import *

plate = cube([50, 20, 3])

# Make a cylinder for the hole, move it into place and subtract it from the plate.

show(plate)
