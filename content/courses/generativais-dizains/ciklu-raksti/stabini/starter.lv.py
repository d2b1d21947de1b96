from darbnica import *

model = cube([100, 16, 4])

# Ar ciklu for pievieno pamatnei 5 stabiņus.

show(model)
