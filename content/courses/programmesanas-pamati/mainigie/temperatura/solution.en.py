celsius = 25

fahrenheit = celsius * 9 / 5 + 32

print("In Fahrenheit:", fahrenheit)
