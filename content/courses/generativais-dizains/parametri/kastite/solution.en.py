from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 40, 30, 120, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 25, 10, 60, label={"lv": "Augstums (mm)", "en": "Height (mm)"})

wall = 2

outside = cube([width, depth, height])

# The inside is two walls narrower and shorter, moved in by one wall in every direction.
# It reaches above the rim, so the top stays open.
inside = cube([width - 2 * wall, depth - 2 * wall, height]).translate(wall, wall, wall)

show(outside - inside)
