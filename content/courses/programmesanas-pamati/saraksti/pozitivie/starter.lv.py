def positives(skaitli):
    rezultats = []
    # Ej cauri sarakstam un pievieno rezultātam pozitīvos skaitļus
    return rezultats


# Pamēģini:
print(positives([3, -1, 0, 5, -7, 2]))
