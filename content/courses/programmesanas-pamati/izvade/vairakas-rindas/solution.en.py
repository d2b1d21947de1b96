print("Monday: programming")
print("Tuesday: 3D modelling")
print("Wednesday: game development")
