from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
outside = cylinder(height, 20)
# Cut from below the bed: no bottom, a tube.
inside = cylinder(height + 2, 18).translate(0, 0, -1)
show(outside - inside)
