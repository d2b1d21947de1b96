secret = 7
guess = int(input())
tries = 1
# While the guess is wrong, print a tip and read the next guess
