from darbnica import *

# A plate 50 mm wide, 20 mm deep and 3 mm thick, on the bed
plate = cube([50, 20, 3])
show(plate)
