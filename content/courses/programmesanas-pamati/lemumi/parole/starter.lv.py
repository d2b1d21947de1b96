def is_good_password(password):
    # Atgriez True, ja parole ir laba, citādi False
    return False


print(is_good_password("kaķis123"))
print(is_good_password("kaķis"))
