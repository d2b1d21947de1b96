first = float(input("First number: "))
operator = input("Operator (+, -, *, /): ")
second = float(input("Second number: "))

if operator == "+":
    print(first + second)
elif operator == "-":
    print(first - second)
elif operator == "*":
    print(first * second)
elif operator == "/":
    if second == 0:
        print("You can't divide by zero!")
    else:
        print(first / second)
else:
    print("Unknown operator!")
