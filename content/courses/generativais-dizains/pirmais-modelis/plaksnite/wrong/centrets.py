from darbnica import *

# Centred on the origin: half of the plate is below the bed.
plate = cube([50, 20, 3], center=True)
show(plate)
