minutes = 135

stundas = minutes // 60
atlikums = minutes % 60

print(stundas, "h", atlikums, "min")
