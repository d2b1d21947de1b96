a = int(input("First number: "))
b = int(input("Second number: "))

print(a + b)
