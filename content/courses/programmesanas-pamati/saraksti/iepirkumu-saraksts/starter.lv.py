pirkumi = ["maize", "piens", "āboli", "siers", "burkāni"]

# Katram pirkumam priekšā vajag numuru
for pirkums in pirkumi:
    print(pirkums)
