from darbnica import *

plate = cube([50, 20, 3])

# Izveido cilindru caurumam, novieto to un atņem no plāksnītes.

show(plate)
