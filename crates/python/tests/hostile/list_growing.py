# A list that grows without end, a new 50 kB text on every round.
# expect: memory-limit
items = []
i = 0
while True:
    i += 1
    items.append(str(i) * 10_000)
