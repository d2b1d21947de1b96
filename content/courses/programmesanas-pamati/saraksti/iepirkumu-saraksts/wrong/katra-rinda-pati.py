pirkumi = ["maize", "piens", "āboli", "siers", "burkāni"]

for pirkums in pirkumi:
    numurs = 1
print("1. maize")
print("2. piens")
print("3. āboli")
print("4. siers")
print("5. burkāni")
