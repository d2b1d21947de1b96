celsijs = 25

farenheits = celsijs * 9 / 5 + 32

print("Fārenheita grādos:", farenheits)
