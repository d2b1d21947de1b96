from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
# The slider is there, but the cup ignores it.
outside = cylinder(60, 20)
inside = cylinder(60, 18).translate(0, 0, 2)
show(outside - inside)
