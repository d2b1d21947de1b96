platums = 7
augstums = 5

# Aprēķini laukumu un perimetru un izvadi tos
