def is_prime(n):
    if n < 2:
        return False
    for divisor in range(2, n):
        if n % divisor == 0:
            return False
    return True


# Try it out:
print(is_prime(7))
print(is_prime(9))
