def word_count(teikums):
    vardi = teikums.split()
    return len(vardi)


# Pamēģini:
print(word_count("Šodien ir saulaina diena"))
