def is_prime(n):
    # Return True if n is a prime, and False otherwise
    ...


# Try it out:
print(is_prime(7))
print(is_prime(9))
