from game import *

jura = Entity(model="plane", color="#3d7bd9", scale=(60, 1, 80), y=-0.6, z=-20, collider=None)
mols = Entity(model="cube", color="grey", scale=(3, 1, 46), y=-1, z=-21, collider=None)
for z in range(-5, -41, -5):
    Entity(model="cylinder", color="navy", scale=(0.2, 1.5, 0.2), x=-1.3, y=0.3, z=z, collider=None)
    Entity(model="cylinder", color="navy", scale=(0.2, 1.5, 0.2), x=1.3, y=0.3, z=z, collider=None)
baka = Entity(model="cylinder", color="red", scale=(1.5, 5, 1.5), y=2, z=-43, collider=None)

speletajs = Entity(model="cube", color="orange")
teksts = Text("Ej līdz bākai!")
finiss = False

# 1. Liec kamerai sekot spēlētājam


def update():
    global finiss
    solis = 8 * time.dt
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["right"]:
        speletajs.x += solis

    # 2. Aiz z = -40: "Finišs!" un skaņa "win", bet tikai vienreiz
