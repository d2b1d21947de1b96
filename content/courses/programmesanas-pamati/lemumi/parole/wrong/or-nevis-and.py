def is_good_password(password):
    if len(password) >= 8 or not password.isalpha() or not password.isdigit():
        return True
    else:
        return False
