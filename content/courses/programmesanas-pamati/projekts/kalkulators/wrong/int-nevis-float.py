pirmais = int(input())
zime = input()
otrais = int(input())

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
