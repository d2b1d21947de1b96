# A list of a billion items.
# expect: error MemoryError
items = [0] * 10**9
