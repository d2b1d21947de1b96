# The same through pow().
# expect: error MemoryError
x = pow(7, 10**12)
