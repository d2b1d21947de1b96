# First ask for the number of slices, then for the number of people
