print("Sveika pasaule!")
