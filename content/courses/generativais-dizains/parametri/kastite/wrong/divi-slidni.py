from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = 25
wall = 2
outside = cube([width, depth, height])
inside = cube([width - 2 * wall, depth - 2 * wall, height]).translate(wall, wall, wall)
show(outside - inside)
