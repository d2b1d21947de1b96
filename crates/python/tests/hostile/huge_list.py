# A list of ten billion items.
# expect: error MemoryError
items = [0] * 10**10
