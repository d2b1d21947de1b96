grade1 = 8
grade2 = 7
grade3 = 10

# Work out the average grade and print it
