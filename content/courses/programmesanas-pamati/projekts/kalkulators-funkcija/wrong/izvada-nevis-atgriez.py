def calculate(a, operator, b):
    if operator == "+":
        print(a + b)
    elif operator == "-":
        print(a - b)
    elif operator == "*":
        print(a * b)
    elif operator == "/":
        if b == 0:
            print("Ar nulli dalīt nevar!")
        else:
            print(a / b)
    else:
        print("Nezināma darbība!")
