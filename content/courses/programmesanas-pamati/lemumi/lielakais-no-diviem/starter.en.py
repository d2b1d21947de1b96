first = int(input())
second = int(input())
# Print the larger number
