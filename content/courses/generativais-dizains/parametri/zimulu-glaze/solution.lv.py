from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = 2

# Ārpuse: 40 mm diametrā, augstumu nosaka slīdnis.
outside = cylinder(height, 20)

# Iekšpuse: par sienu šaurāka un pacelta par dibena biezumu.
# Tā sniedzas virs malas, tāpēc augša paliek vaļā.
inside = cylinder(height, 20 - wall).translate(0, 0, wall)

show(outside - inside)
