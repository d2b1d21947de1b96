def is_good_password(password):
    if len(password) >= 8 and not password.isalpha():
        return True
    else:
        return False
