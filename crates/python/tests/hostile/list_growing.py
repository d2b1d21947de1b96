# A list that grows without end, a new megabyte on every round.
# expect: memory-limit
items = []
while True:
    items.append(bytearray(1_000_000))
