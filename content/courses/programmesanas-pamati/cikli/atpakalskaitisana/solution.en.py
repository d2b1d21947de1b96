number = int(input())
while number > 0:
    print(number)
    number = number - 1
print("Lift-off!")
