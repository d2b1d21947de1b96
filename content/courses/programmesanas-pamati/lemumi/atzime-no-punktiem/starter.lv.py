def grade(points):
    # Atgriez atzīmi ar return, piemēram: return 10
    return 1


# Šī rinda palīdz izmēģināt funkciju
print(grade(90))
