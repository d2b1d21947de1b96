from darbnica import *

h = param("h", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
outside = cylinder(h, 20)
inside = cylinder(h, 18).translate(0, 0, 2)
show(outside - inside)
