def calculate(a, operator, b):
    if operator == "+":
        return a + b
    elif operator == "-":
        return a - b
    elif operator == "*":
        return a * b
    elif operator == "/":
        if b == 0:
            return "Ar nulli dalīt nevar!"
        return a / b
    else:
        return "Nezināma darbība!"
