print("Pirmdiena: programmēšana")
