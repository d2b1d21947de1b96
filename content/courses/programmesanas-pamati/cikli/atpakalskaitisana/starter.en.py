number = int(input())
# While the number is greater than 0, print it and make it 1 smaller
