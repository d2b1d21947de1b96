pirkumi = ["maize", "piens", "āboli", "siers", "burkāni"]

for pirkums in pirkumi:
    print(pirkums)
