def positives(skaitli):
    for skaitlis in skaitli:
        if skaitlis <= 0:
            skaitli.remove(skaitlis)
    return skaitli
