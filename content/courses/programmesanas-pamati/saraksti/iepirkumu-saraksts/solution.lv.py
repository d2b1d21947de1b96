pirkumi = ["maize", "piens", "āboli", "siers", "burkāni"]

numurs = 1
for pirkums in pirkumi:
    print(numurs, pirkums, sep=". ")
    numurs = numurs + 1
