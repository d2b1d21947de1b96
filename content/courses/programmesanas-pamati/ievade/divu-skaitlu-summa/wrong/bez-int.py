a = input("Pirmais skaitlis: ")
b = input("Otrais skaitlis: ")

print(a + b)
