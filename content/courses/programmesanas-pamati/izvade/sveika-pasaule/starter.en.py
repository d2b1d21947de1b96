# Write your program here
