# A loop that never ends.
# expect: time-limit
while True:
    pass
