# The countdown is worked out but never shown.
from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
speletajs = Entity(model="cube", color="orange")
laika_teksts = Text("Laiks: 10")
beigas = False


def update():
    global beigas
    # Kad spēle beigusies, nekas vairs nenotiek
    if beigas:
        return

    solis = 5 * time.dt
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis

    atlicis = 10 - time.elapsed
    if atlicis <= 0:
        beigas = True
        laika_teksts.text = "Spēle beigusies!"
        play_sound("lose")
