minutes = 135

stundas = int(minutes / 60)
atlikums = minutes - stundas * 60

print(stundas, "h", atlikums, "min")
