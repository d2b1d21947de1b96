from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2

# The outside: 40 mm across, as tall as the slider says.
outside = cylinder(height, 20)

# The inside: a wall narrower, and lifted by the thickness of the bottom.
# It reaches above the rim, so the top stays open.
inside = cylinder(height, 20 - wall).translate(0, 0, wall)

show(outside - inside)
