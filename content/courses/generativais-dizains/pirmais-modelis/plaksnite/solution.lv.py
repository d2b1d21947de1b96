from darbnica import *

# 50 mm plata, 20 mm dziļa, 3 mm bieza plāksnīte uz galda
plate = cube([50, 20, 3])
show(plate)
