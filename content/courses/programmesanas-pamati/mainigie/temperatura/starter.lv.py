celsijs = 25

# F = C * 9 / 5 + 32
