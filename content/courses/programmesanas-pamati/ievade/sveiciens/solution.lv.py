vards = input("Kā tevi sauc? ")

print(f"Sveiki, {vards}!")
