# 3D pongs: tu spēlē ar tuvāko raketi, dators ar tālāko. Atstarpe servē bumbu; ja bumbu
# atsit ar raketes malu, tā aizlido slīpi. Kurš pirmais iegūst UZVARAS_PUNKTI (sākumā 5)
# punktus, tas uzvar.
from game import *
import random

# Spēles iestatījumi: studijā katrs param(...) ir slīdnis, ar ko to mainīt
# (nosaukums, sākuma vērtība, mazākā, lielākā, solis, teksts pie slīdņa)
SAKUMA_ATRUMS = param("ball_speed", 6.0, 2, 12, step=0.5,    # bumbas ātrums servējot
                      label={"lv": "Bumbas ātrums", "en": "Ball speed"})
DATORA_ATRUMS = param("computer_speed", 3.0, 1, 8, step=0.5,  # datora raketes soļi sekundē
                      label={"lv": "Datora raketes ātrums", "en": "Computer's paddle speed"})
UZVARAS_PUNKTI = int(param("win_at", 5, 1, 11, step=1,
                           label={"lv": "Punkti uzvarai", "en": "Points to win"}))
RAKETES_ATRUMS = 7     # tavas raketes soļi sekundē (datora rakete ir lēnāka: tā ir tava iespēja)
MALA = 4.5             # sānu malas ir pie x = -MALA un x = MALA
GALS = 7               # raketes ir pie z = -GALS un z = GALS

galds = Entity(model="plane", color="#2e7d4f", scale=(2 * MALA, 1, 2 * GALS + 2), y=-0.5,
               collider=None)
tikls = Entity(model="cube", color="balts", scale=(2 * MALA, 0.3, 0.05), y=-0.35, collider=None)
for x in (-MALA - 0.25, MALA + 0.25):
    Entity(model="cube", color="#c9b98a", scale=(0.5, 0.6, 2 * GALS + 2), x=x, y=-0.2,
           collider=None)

speletajs = Entity(model="cube", color="oranžs", scale=(2, 0.5, 0.4), z=GALS)
dators = Entity(model="cube", color="#4a7bd0", scale=(2, 0.5, 0.4), z=-GALS)
bumba = Entity(model="sphere", color="balts", scale=0.5, collider="sphere")
camera.position = (0, 9, 14)
camera.look_at((0, 0, 1))

punktu_teksts = Text("", position=(0.03, 0.03))
zinojums = Text("", position=(0.2, 0.4), size=0.07)
padoms = Text("", position=(0.2, 0.5), size=0.045)


def gatavs_servei():
    # Bumba gaida vidū, kamēr to iemet spēlē
    global gaida, vx, vz
    gaida = True
    vx, vz = 0, 0
    bumba.position = (0, 0, 0)
    padoms.text = "Atstarpe: servēt"


def jauna_spele():
    global mani_punkti, datora_punkti, spele_beigusies, serves_virziens
    mani_punkti = 0
    datora_punkti = 0
    spele_beigusies = False
    serves_virziens = -1   # -1: uz datora pusi, 1: uz tavu pusi
    jauns_minejums()
    speletajs.x = 0
    dators.x = 0
    punktu_teksts.text = "Tu 0 : 0 Dators"
    zinojums.text = ""
    gatavs_servei()


def punkts(man):
    global mani_punkti, datora_punkti, spele_beigusies, serves_virziens
    if man:
        mani_punkti += 1
        play_sound("coin")
    else:
        datora_punkti += 1
        play_sound("lose")
    punktu_teksts.text = f"Tu {mani_punkti} : {datora_punkti} Dators"
    serves_virziens = 1 if man else -1      # nākamā serve aiziet pie tā, kurš ieguva punktu
    gatavs_servei()
    if mani_punkti == UZVARAS_PUNKTI:
        spele_beigusies = True
        zinojums.text = "Tu uzvarēji!"
        padoms.text = "Atstarpe: spēlēt vēlreiz"
        play_sound("win")
    elif datora_punkti == UZVARAS_PUNKTI:
        spele_beigusies = True
        zinojums.text = "Uzvarēja dators!"
        padoms.text = "Atstarpe: spēlēt vēlreiz"
        play_sound("lose")


def atsit(rakete):
    # No raketes bumba atlec nedaudz ātrāk un jo slīpāk, jo tālāk no raketes vidus tā trāpīja
    global vx, vz
    vz = max(-16, min(16, -vz * 1.06))
    vx = vx + (bumba.x - rakete.x) * 4
    vx = max(-9, min(9, vx))
    play_sound("hit")
    jauns_minejums()


def jauns_minejums():
    # Par cik dators nākamajā reizē notēmēs greizi
    global minejums
    minejums = random.uniform(-1.5, 1.5)


def update():
    global vx, vz
    if spele_beigusies:
        return
    solis = RAKETES_ATRUMS * time.dt
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["right"]:
        speletajs.x += solis
    speletajs.x = max(-MALA + 1, min(MALA - 1, speletajs.x))

    # Dators seko bumbai, kad tā nāk uz viņa pusi (ne gluži precīzi: `minejums`), un citādi
    # atgriežas vidū
    merkis = bumba.x + minejums if vz < 0 else 0
    sniedzas = DATORA_ATRUMS * time.dt
    dators.x += max(-sniedzas, min(sniedzas, merkis - dators.x))

    if gaida:
        return
    bumba.x += vx * time.dt
    bumba.z += vz * time.dt
    if abs(bumba.x) > MALA - 0.25:
        vx = -vx
        bumba.x = max(-MALA + 0.25, min(MALA - 0.25, bumba.x))
        play_sound("click")
    if vz > 0 and bumba.intersects(speletajs):
        atsit(speletajs)
    if vz < 0 and bumba.intersects(dators):
        atsit(dators)
    if bumba.z > GALS + 1.5:
        punkts(False)
    elif bumba.z < -GALS - 1.5:
        punkts(True)


def input(key):
    global gaida, vx, vz
    if key != "space":
        return
    if spele_beigusies:
        jauna_spele()
    elif gaida:
        gaida = False
        padoms.text = ""
        vx = random.uniform(-2, 2)
        vz = SAKUMA_ATRUMS * serves_virziens
        jauns_minejums()


jauna_spele()
