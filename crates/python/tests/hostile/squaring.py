# A number squared again and again: each step doubles its digits.
# expect: error MemoryError
x = 10
while True:
    x = x ** 2
