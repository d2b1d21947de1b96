from darbnica import *

height = param("height", 60, 30, 100, label={"lv": "Augstums (mm)", "en": "Height (mm)"})

# Glāzes ārpuse. Tās augstums pagaidām ir 60, lai kur būtu slīdnis.
outside = cylinder(60, 20)

# Izgriez iekšpusi: sienas un dibens ir 2 mm biezi.

show(outside)
