# Recursion after raising the limit, which would overflow the browser's stack.
# expect: error RecursionError
import sys

sys.setrecursionlimit(10**6)

def down(n):
    return down(n + 1)

down(0)
