def greet(vards):
    return "Sveiki, " + vards + "!"


# Pamēģini:
print(greet("Anna"))
