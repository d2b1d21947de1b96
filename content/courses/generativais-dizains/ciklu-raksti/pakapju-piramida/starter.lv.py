from darbnica import *

# Apakšējais stāvs: 60 × 60 mm, 5 mm augsts.
pyramid = cube([60, 60, 5])

# Ar ciklu for uzliec tam virsū pārējos 4 stāvus.

show(pyramid)
