print("Pirmdiena: programmēšana Otrdiena: 3D modelēšana Trešdiena: spēļu izstrāde")
