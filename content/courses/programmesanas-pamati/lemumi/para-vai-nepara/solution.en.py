number = int(input())
if number % 2 == 0:
    print("Even")
else:
    print("Odd")
