noslepums = 7
minejums = int(input())
reizes = 1
# Kamēr minējums nav pareizs, izvadi padomu un nolasi nākamo minējumu
