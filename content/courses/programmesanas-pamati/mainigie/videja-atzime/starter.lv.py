atzime1 = 8
atzime2 = 7
atzime3 = 10

# Aprēķini vidējo atzīmi un izvadi to
