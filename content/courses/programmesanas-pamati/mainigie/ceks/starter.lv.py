cena = 1.25
daudzums = 4

# Aprēķini summu un izvadi to ar f-virkni
