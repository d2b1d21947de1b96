# A loop that prints without end.
# expect: output-limit
while True:
    print("x")
