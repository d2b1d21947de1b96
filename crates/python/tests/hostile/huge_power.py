# A number with a billion digits: one operation that would run for minutes.
# expect: error MemoryError
x = 10**10**9
