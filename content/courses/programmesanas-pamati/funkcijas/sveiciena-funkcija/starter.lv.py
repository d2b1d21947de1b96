def greet(vards):
    # Atgriez sveicienu, piemēram, "Sveiki, Anna!"
    ...


# Pamēģini:
print(greet("Anna"))
