pirmais = int(input())
otrais = int(input())
# Izvadi lielāko skaitli
