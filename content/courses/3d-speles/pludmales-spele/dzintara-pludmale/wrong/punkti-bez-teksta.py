# The score goes up, but its text keeps saying "Dzintari: 0".
from game import *

# Pludmale, jūra un kāpas
smiltis = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 14), y=-0.5, collider=None)
jura = Entity(model="plane", color="#3d7bd9", scale=(14, 1, 6), y=-0.55, z=-10, collider=None)
for x in range(-6, 7, 3):
    Entity(model="cone", color="green", scale=(1, 1.5, 1), x=x, y=0.2, z=6.5, collider=None)


class Krabis(Entity):
    def update(self):
        if beigas:
            return
        self.x += self.atrums * time.dt
        if self.x > 4 or self.x < -4:
            self.atrums = -self.atrums


krabji = [
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=-4, z=1.5, atrums=2),
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=4, z=-2.5, atrums=-2.5),
]
dzintari = [
    Entity(model="sphere", color="#e89a2c", scale=0.6, x=x, z=z)
    for x, z in [(5.5, 4), (-5.5, 4), (3, -0.5), (-2, -0.5), (0, -4.5)]
]
speletajs = Entity(model="cube", color="orange", z=4)

punkti = 0
dzivibas = 3
beigas = False
punktu_teksts = Text("Dzintari: 0")
dzivibu_teksts = Text("Dzīvības: 3", position=(0.03, 0.11))
zinas_teksts = Text("", position=(0.35, 0.4), size=0.09)


def update():
    global punkti, dzivibas, beigas
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

    # Dzintari
    for dzintars in dzintari[:]:
        if speletajs.intersects(dzintars):
            destroy(dzintars)
            dzintari.remove(dzintars)
            punkti += 1
            play_sound("coin")

    # Krabji un viļņi
    trapits = speletajs.z < -7
    for krabis in krabji:
        if speletajs.intersects(krabis):
            trapits = True
    if trapits:
        dzivibas -= 1
        dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
        speletajs.position = (0, 0, 4)
        if dzivibas > 0:
            play_sound("hit")

    # Uzvara vai zaudējums
    if not dzintari:
        beigas = True
        zinas_teksts.text = "Tu uzvarēji!"
        play_sound("win")
    elif dzivibas <= 0:
        beigas = True
        zinas_teksts.text = "Spēle beigusies!"
        play_sound("lose")
