# Calculator
first = float(input("First number: "))
operator = input("Operator (+, -, *, /): ")

# Read the second number and print the result
