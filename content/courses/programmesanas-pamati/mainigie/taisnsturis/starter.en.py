width = 7
height = 5

# Work out the area and the perimeter, then print them
