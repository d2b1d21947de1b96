skaitlis = int(input())
if skaitlis // 2 == 0:
    print("Pāra skaitlis")
else:
    print("Nepāra skaitlis")
