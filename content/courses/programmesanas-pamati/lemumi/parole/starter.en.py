def is_good_password(password):
    # Return True if the password is good, otherwise False
    return False


print(is_good_password("dragon42"))
print(is_good_password("dragon"))
