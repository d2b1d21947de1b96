from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")
laika_teksts = Text("Laiks: 10")
beigas = False


def update():
    global beigas
    # Kad spēle beigusies, spēlētājs vairs nekustas

    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis

    # Aprēķini, cik laika atlicis, un parādi to tekstā
    # Kad laiks beidzies: "Spēle beigusies!", skaņa "lose" un beigas = True
