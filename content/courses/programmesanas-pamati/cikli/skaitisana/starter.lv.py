# Ciklā izvadi mainīgo i
for i in range(3):
    print("Sveiks!")
