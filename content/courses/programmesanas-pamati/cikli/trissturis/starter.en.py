n = int(input())
# Each line has one star more than the line before
