from darbnica import *

width = param("width", 60, 30, 120, label={"lv": "Platums (mm)", "en": "Width (mm)"})
# Pievieno slīdņus "depth" un "height".

wall = 2

# Pilna kaste. Nomaini skaitļus pret mainīgajiem un izgriez iekšpusi.
outside = cube([60, 40, 25])

show(outside)
