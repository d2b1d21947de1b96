skaitlis = int(input())
# Kamēr skaitlis ir lielāks par 0, izvadi to un samazini par 1
