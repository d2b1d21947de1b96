from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
# Not hollowed out.
show(cylinder(height, 20))
