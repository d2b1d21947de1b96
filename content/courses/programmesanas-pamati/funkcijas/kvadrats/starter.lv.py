def square(n):
    # Aizstāj ... ar savu kodu
    ...


# Pamēģini:
print(square(3))
