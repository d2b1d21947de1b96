def is_good_password(password):
    if len(password) > 8 and not password.isalpha() and not password.isdigit():
        return True
    else:
        return False
