print("Sveika, pasaule!")
