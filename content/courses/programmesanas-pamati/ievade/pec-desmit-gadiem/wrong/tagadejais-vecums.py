vecums = int(input("Cik tev gadu? "))
vecums + 10

print(f"Pēc 10 gadiem tev būs {vecums}.")
