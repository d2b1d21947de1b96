from darbnica import *

# Šis ir 10 mm kubs. Nomaini 10 pret trim izmēriem: [platums, dziļums, augstums].
plate = cube(10)
show(plate)
