a = input("Pirmais skaitlis: ")
b = input("Otrais skaitlis: ")

print(int(a + b))
