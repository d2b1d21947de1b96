def biggest(skaitli):
    lielakais = skaitli[0]
    for skaitlis in skaitli:
        if skaitlis > lielakais:
            lielakais = skaitlis
    return lielakais


# Pamēģini:
print(biggest([3, 8, 2]))
print(biggest([-5, -2, -9]))
