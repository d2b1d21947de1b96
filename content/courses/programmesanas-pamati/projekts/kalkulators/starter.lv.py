# Kalkulators
pirmais = float(input("Pirmais skaitlis: "))
zime = input("Darbības zīme (+, -, *, /): ")

# Nolasi otro skaitli un izvadi rezultātu
