# One print for each line
print("Monday: programming")
