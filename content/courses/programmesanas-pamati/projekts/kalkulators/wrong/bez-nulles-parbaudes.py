pirmais = float(input())
zime = input()
otrais = float(input())

if zime == "+":
    print(pirmais + otrais)
elif zime == "-":
    print(pirmais - otrais)
elif zime == "*":
    print(pirmais * otrais)
elif zime == "/":
    print(pirmais / otrais)
else:
    print("Nezināma darbība!")
