celsijs = 25

farenheits = celsijs * 9 / 5

print("Fārenheita grādos:", farenheits)
