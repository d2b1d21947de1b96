skaitlis = int(input())
while skaitlis > 0:
    print(skaitlis)
    skaitlis = skaitlis - 1
print("Starts!")
