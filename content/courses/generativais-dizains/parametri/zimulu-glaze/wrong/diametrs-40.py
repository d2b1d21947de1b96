from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
# 40 taken as the radius: the cup is 80 mm across.
outside = cylinder(height, 40)
inside = cylinder(height, 38).translate(0, 0, 2)
show(outside - inside)
