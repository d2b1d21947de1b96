number = int(input())
# Use if to check whether the number divides by 2
