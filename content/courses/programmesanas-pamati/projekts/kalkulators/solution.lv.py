pirmais = float(input("Pirmais skaitlis: "))
zime = input("Darbības zīme (+, -, *, /): ")
otrais = float(input("Otrais skaitlis: "))

if zime == "+":
    print(pirmais + otrais)
elif zime == "-":
    print(pirmais - otrais)
elif zime == "*":
    print(pirmais * otrais)
elif zime == "/":
    if otrais == 0:
        print("Ar nulli dalīt nevar!")
    else:
        print(pirmais / otrais)
else:
    print("Nezināma darbība!")
