# Print the variable i inside the loop
for i in range(3):
    print("Hello!")
