a = input()
b = input()
if a > b:
    print(a)
else:
    print(b)
