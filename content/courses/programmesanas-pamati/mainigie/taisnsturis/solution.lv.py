platums = 7
augstums = 5

laukums = platums * augstums
perimetrs = 2 * (platums + augstums)

print("Laukums:", laukums)
print("Perimetrs:", perimetrs)
