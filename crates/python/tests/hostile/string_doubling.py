# A 10 MB text that doubles on every round.
# expect: memory-limit
text = "x" * 10_000_000
while True:
    text = text + text
