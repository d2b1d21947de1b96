name = input("What's your name? ")

print(f"Hello, {name}!")
