print("|    |")
print("|____|")
