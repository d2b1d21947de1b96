def positives(skaitli):
    rezultats = []
    for skaitlis in skaitli:
        if skaitlis >= 0:
            rezultats.append(skaitlis)
    return rezultats
