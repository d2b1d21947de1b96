age = int(input("How old are you? "))

print(f"In 10 years you will be {age + 10}.")
