pirmais = float(input())
zime = input()
otrais = float(input())

if zime == "+":
    print(pirmais + otrais)
if zime == "-":
    print(pirmais - otrais)
if zime == "*":
    print(pirmais * otrais)
if zime == "/":
    if otrais == 0:
        print("Ar nulli dalīt nevar!")
    else:
        print(pirmais / otrais)
