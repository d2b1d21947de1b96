celsijs = 25

farenheits = celsijs * 5 / 9 + 32

print("Fārenheita grādos:", farenheits)
