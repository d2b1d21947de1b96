from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 25, 10, 60, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2
# The depth and the height are typed in: only the width follows its slider.
outside = cube([width, 40, 25])
inside = cube([width - 2 * wall, 36, 25]).translate(wall, wall, wall)
show(outside - inside)
