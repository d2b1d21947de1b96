print("Pirmdiena: programmēšana")
print("Otrdiena: 3D modelēšana")
print("Trešdiena: spēļu izstrāde")
