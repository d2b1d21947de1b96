def positives(skaitli):
    rezultats = []
    for skaitlis in skaitli:
        if skaitlis > 0:
            rezultats.append(skaitlis)
    return rezultats


# Pamēģini:
print(positives([3, -1, 0, 5, -7, 2]))
