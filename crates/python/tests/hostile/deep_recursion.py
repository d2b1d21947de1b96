# A function that calls itself without end.
# expect: error RecursionError
def down(n):
    return down(n + 1)

down(0)
