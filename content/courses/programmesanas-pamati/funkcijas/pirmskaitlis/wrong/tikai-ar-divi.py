def is_prime(n):
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    return True
