def is_prime(n):
    # Atgriez True, ja n ir pirmskaitlis, bet citādi False
    ...


# Pamēģini:
print(is_prime(7))
print(is_prime(9))
