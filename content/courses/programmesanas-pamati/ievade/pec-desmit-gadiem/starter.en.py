# Ask for the age and print how old the user will be in 10 years
