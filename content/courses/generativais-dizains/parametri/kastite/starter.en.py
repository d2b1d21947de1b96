from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
# Add the sliders "depth" and "height".

wall = 2

# A solid block. Replace the numbers with the variables and hollow it out.
outside = cube([60, 40, 25])

show(outside)
