from checks import *

model_size(50, 20, 3)
model_fits_bed()
model_watertight()
