print("sveika, pasaule")
