def biggest(skaitli):
    lielakais = 0
    for skaitlis in skaitli:
        if skaitlis > lielakais:
            lielakais = skaitlis
    return lielakais
