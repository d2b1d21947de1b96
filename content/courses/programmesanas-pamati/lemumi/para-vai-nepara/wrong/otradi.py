number = int(input())
if number % 2 == 1:
    print("Even")
else:
    print("Odd")
