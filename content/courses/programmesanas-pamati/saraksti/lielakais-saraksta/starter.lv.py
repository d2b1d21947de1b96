def biggest(skaitli):
    lielakais = ...
    for skaitlis in skaitli:
        ...
    return lielakais


# Pamēģini:
print(biggest([3, 8, 2]))
print(biggest([-5, -2, -9]))
