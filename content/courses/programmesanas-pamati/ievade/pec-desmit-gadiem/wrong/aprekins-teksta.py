vecums = int(input("Cik tev gadu? "))

print(f"Pēc 10 gadiem tev būs {vecums} + 10.")
