def square(n):
    return n * 2
