def calculate(a, operator, b):
    # Atgriez rezultātu vai None, ja rezultāta nav
    return None


# Izmēģini savu funkciju
print(calculate(7, "*", 6))
print(calculate(5, "/", 0))
