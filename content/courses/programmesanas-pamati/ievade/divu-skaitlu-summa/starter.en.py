# Ask for two numbers and print their sum
