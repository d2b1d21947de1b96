from checks import *

model_holes(1)
model_size(50, 20, 3)
model_fits_bed()
model_watertight()
# 50 × 20 × 3 = 3000 mm³ less a hole 6 mm across (about 85 mm³); a 5 or 7 mm hole falls outside.
model_volume(2900, 2935)
