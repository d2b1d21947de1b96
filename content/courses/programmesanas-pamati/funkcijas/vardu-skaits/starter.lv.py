def word_count(teikums):
    # Atgriez, cik vārdu ir teikumā
    ...


# Pamēģini:
print(word_count("Šodien ir saulaina diena"))
