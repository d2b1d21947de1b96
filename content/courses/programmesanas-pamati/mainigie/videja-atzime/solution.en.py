grade1 = 8
grade2 = 7
grade3 = 10

average = (grade1 + grade2 + grade3) / 3

print("Average grade:", round(average, 1))
