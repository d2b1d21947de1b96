from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 25, 10, 60, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2
outside = cube([width, depth, height])
# Only lifted, not moved in: two sides have no wall, the other two a double one.
inside = cube([width - 2 * wall, depth - 2 * wall, height]).translate(0, 0, wall)
show(outside - inside)
