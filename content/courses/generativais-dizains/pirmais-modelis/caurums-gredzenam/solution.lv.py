from darbnica import *

plate = cube([50, 20, 3])

# Diametrs 6 mm, tātad rādiuss 3 mm. Cilindrs ir augstāks par plāksnīti
# un sākas 1 mm zem galda, lai izurbtu to cauri.
hole = cylinder(5, 3).translate(7, 10, -1)

show(plate - hole)
