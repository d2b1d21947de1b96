def total(n):
    summa = 0
    # Ciklā pieskaiti summai katru skaitli no 1 līdz n
    return summa


print(total(5))
