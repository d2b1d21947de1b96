price = 1.25
quantity = 4

# Work out the total and print it with an f-string
