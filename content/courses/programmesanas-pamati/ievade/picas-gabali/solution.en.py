slices = int(input("How many slices? "))
people = int(input("How many people? "))

print("Each person gets:", slices // people)
print("Left over:", slices % people)
