pirmais = float(input())
zime = input()
otrais = float(input())

if otrais == 0:
    print("Ar nulli dalīt nevar!")
elif zime == "+":
    print(pirmais + otrais)
elif zime == "-":
    print(pirmais - otrais)
elif zime == "*":
    print(pirmais * otrais)
elif zime == "/":
    print(pirmais / otrais)
else:
    print("Nezināma darbība!")
