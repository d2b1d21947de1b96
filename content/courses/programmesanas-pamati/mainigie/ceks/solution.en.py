price = 1.25
quantity = 4

total = price * quantity

print(f"Total: {total:.2f} EUR")
