def grade(points):
    # Return the grade, for example: return 10
    return 1


# This line lets you try the function out
print(grade(90))
