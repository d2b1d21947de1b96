width = 7
height = 5

area = width * height
perimeter = 2 * (width + height)

print("Area:", area)
print("Perimeter:", perimeter)
