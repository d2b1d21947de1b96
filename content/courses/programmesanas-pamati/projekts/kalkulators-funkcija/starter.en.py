def calculate(a, operator, b):
    # Return the result, or None when there is no result
    return None


# Try out your function
print(calculate(7, "*", 6))
print(calculate(5, "/", 0))
