def is_prime(n):
    if n < 2:
        return False
    for dalitajs in range(2, n):
        if n % dalitajs == 0:
            return False
    return True


# Pamēģini:
print(is_prime(7))
print(is_prime(9))
