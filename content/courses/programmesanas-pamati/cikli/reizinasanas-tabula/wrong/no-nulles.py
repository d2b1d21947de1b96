n = int(input())
for i in range(10):
    print(n, "x", i, "=", n * i)
