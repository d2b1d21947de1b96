def is_prime(n):
    for dalitajs in range(2, n):
        if n % dalitajs == 0:
            return False
    return True
