minutes = 135

# How many whole hours? How many minutes are left over?
