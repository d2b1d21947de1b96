# Katrai rindai savs print
print("Pirmdiena: programmēšana")
