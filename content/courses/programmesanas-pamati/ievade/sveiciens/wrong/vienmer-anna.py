vards = input("Kā tevi sauc? ")

print("Sveiki, Anna!")
