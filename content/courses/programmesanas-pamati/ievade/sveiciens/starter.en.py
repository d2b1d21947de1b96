name = input("What's your name? ")

# Say hello to the user
