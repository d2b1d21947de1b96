from checks import *

output_is(text(
    lv="Pirmdiena: programmēšana\nOtrdiena: 3D modelēšana\nTrešdiena: spēļu izstrāde",
    en="Monday: programming\nTuesday: 3D modelling\nWednesday: game development",
))
