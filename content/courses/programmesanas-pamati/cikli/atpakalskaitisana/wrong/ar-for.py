number = int(input())
for i in range(number, 0, -1):
    print(i)
print("Lift-off!")
