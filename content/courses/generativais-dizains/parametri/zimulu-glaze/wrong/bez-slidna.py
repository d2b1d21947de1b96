from darbnica import *

height = 60
outside = cylinder(height, 20)
inside = cylinder(height, 18).translate(0, 0, 2)
show(outside - inside)
