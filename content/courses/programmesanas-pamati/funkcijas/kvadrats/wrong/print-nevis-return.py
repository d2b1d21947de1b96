def square(n):
    print(n * n)
