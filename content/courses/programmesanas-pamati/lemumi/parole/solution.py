def is_good_password(password):
    if len(password) < 8:
        return False
    elif password.isalpha():
        return False
    elif password.isdigit():
        return False
    else:
        return True


print(is_good_password("kaķis123"))
print(is_good_password("kaķis"))
