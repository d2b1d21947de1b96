from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 25, 10, 60, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2
outside = cube([width, depth, height])
# Narrower by one wall only: the far walls are 0 mm, the box is open on two sides.
inside = cube([width - wall, depth - wall, height]).translate(wall, wall, wall)
show(outside - inside)
