cena = 1.25
daudzums = 4

summa = cena * daudzums

print(f"Kopā: {summa} EUR")
