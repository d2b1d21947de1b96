from darbnica import *

width = 60
depth = 40
height = 25
wall = 2
outside = cube([width, depth, height])
inside = cube([width - 2 * wall, depth - 2 * wall, height]).translate(wall, wall, wall)
show(outside - inside)
