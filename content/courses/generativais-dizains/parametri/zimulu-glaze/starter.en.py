from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})

# The outside of the cup. For now it is 60 tall wherever the slider is.
outside = cylinder(60, 20)

# Hollow it out: the walls and the bottom are 2 mm thick.

show(outside)
