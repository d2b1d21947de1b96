from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 25, 10, 60, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2
outside = cube([width, depth, height])
# Cut from below the bed: a frame with no bottom.
inside = cube([width - 2 * wall, depth - 2 * wall, height + 2]).translate(wall, wall, -1)
show(outside - inside)
