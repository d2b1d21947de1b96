# Platformas: lēkā no platformas uz platformu cauri priežu mežam, pa ceļam savāc dzintaru un
# aizsniedz Latvijas karogu galā. Ja nokrīti, zaudē dzīvību.
from game import *
from darbnica import cylinder, cube
import math

# Spēles iestatījumi: studijā katrs param(...) ir slīdnis, ar ko to mainīt
# (nosaukums, sākuma vērtība, mazākā, lielākā, solis, teksts pie slīdņa)
GRAVITACIJA = param("gravity", 24, 5, 50, step=1,    # cik strauji krišana kļūst ātrāka
                    label={"lv": "Gravitācija", "en": "Gravity"})
LECIENS = param("jump", 10, 5, 20, step=1,           # cik ātri lēciens sākas uz augšu
                label={"lv": "Lēciena spēks", "en": "Jump strength"})
DZIVIBAS = 3
ATRUMS = 5         # soļi sekundē
PUSE = 0.4         # puse no spēlētāja izmēra

# Platformas: (vidus x, virsma y, platums); ceturtā kustas turp un atpakaļ
PLATFORMAS = [(0, 0, 8), (6.5, 1, 3), (11, 2.5, 3), (16, 2, 2.5), (21.5, 3, 3), (26, 4.5, 2.5),
              (31, 3.5, 4)]
KUSTIGA = 3
DZINTARI = [(6.5, 2), (11, 3.5), (16, 3.5), (18.8, 4.5), (21.5, 4), (26, 5.5), (29.5, 4.5)]


class Platforma(Entity):
    # Platforma zina savu virsmu un platumu; kustīgā šūpojas `supas` soļus uz katru pusi
    def update(self):
        if self.supas:
            vecais = self.x
            self.x = self.sakums + self.supas * math.sin(time.elapsed * 1.2)
            self.pabidijas = self.x - vecais


platformas = []
for i, (x, virsma, platums) in enumerate(PLATFORMAS):
    platformas.append(Platforma(model="cube", color="#8d6e4a", scale=(platums, 0.5, 2),
                                x=x, y=virsma - 0.25, virsma=virsma, platums=platums, sakums=x,
                                supas=1.8 if i == KUSTIGA else 0, pabidijas=0))


# Priedes un karogs, uzbūvēti ar modelēšanas moduli (tā Z uz augšu ir spēles Y uz augšu)
stumbrs = cylinder(1.2, 0.15, segments=8)
vainags = (cylinder(1.4, r1=0.9, r2=0, segments=8).translate(0, 0, 0.9)
           + cylinder(1.2, r1=0.7, r2=0, segments=8).translate(0, 0, 1.6)
           + cylinder(1.0, r1=0.5, r2=0, segments=8).translate(0, 0, 2.3))
ieleja = Entity(model="plane", color="#4f7a3a", scale=(50, 1, 4), x=15, y=-3, z=-4, collider=None)
for x in range(-4, 36, 3):
    augstums = 1 + (x * 7 % 5) / 5                       # dažas priedes augstākas par citām
    Entity(model=stumbrs, color="#6b4a2b", x=x, y=-3, z=-4, scale=augstums, collider=None)
    Entity(model=vainags, color="#2f6b3a", x=x, y=-3, z=-4, scale=augstums, collider=None)

# Latvijas karogs: karmīnsarkans, balts, karmīnsarkans (2 : 1 : 2)
KAROGA_X, KAROGA_Y = 32, 3.5
masts = cylinder(2.6, 0.06, segments=8)
karmins = (cube([1.2, 0.05, 0.28]).translate(0.06, 0, 1.88)
           + cube([1.2, 0.05, 0.28]).translate(0.06, 0, 2.3))
balta_josla = cube([1.2, 0.05, 0.14]).translate(0.06, 0, 2.16)
karogs = Entity(model=masts, color="sudrabains", x=KAROGA_X, y=KAROGA_Y)
Entity(model=karmins, color="#9e3039", x=KAROGA_X, y=KAROGA_Y, collider=None)
Entity(model=balta_josla, color="balts", x=KAROGA_X, y=KAROGA_Y, collider=None)

speletajs = Entity(model="cube", color="oranžs", scale=2 * PUSE)
camera.follow(speletajs, offset=(0, 2, 12))

punktu_teksts = Text("", position=(0.03, 0.03))
dzivibu_teksts = Text("", position=(0.03, 0.11))
zinojums = Text("", position=(0.2, 0.4), size=0.07)
padoms = Text("", position=(0.2, 0.5), size=0.045)
dzintari = []


def uz_sakumu():
    global vy, uz_platformas
    speletajs.position = (-3, PUSE, 0)
    vy = 0
    uz_platformas = platformas[0]


def jauna_spele():
    global punkti, dzivibas, spele_beigusies
    for gabalins in dzintari:
        destroy(gabalins)
    dzintari.clear()
    for x, y in DZINTARI:
        dzintari.append(Entity(model="sphere", color="#f5a623", scale=0.45, x=x, y=y))
    punkti = 0
    dzivibas = DZIVIBAS
    spele_beigusies = False
    punktu_teksts.text = f"Dzintars: 0 / {len(DZINTARI)}"
    dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
    zinojums.text = ""
    padoms.text = ""
    uz_sakumu()


def beigas(teksts, skana):
    global spele_beigusies
    spele_beigusies = True
    zinojums.text = teksts
    padoms.text = "Atstarpe: spēlēt vēlreiz"
    play_sound(skana)


def piezemejies():
    # Noliek spēlētāju uz platformas, uz kuras tas šajā kadrā uzkrita, ja tāda ir
    global vy, uz_platformas
    apaksa = speletajs.y - PUSE
    for platforma in platformas:
        virs = abs(speletajs.x - platforma.x) < platforma.platums / 2 + PUSE - 0.1
        if virs and apaksa <= platforma.virsma <= apaksa - vy * time.dt + 0.05:
            speletajs.y = platforma.virsma + PUSE
            vy = 0
            uz_platformas = platforma
            return


def update():
    global vy, uz_platformas, punkti, dzivibas
    if spele_beigusies:
        return
    if held_keys["left"]:
        speletajs.x -= ATRUMS * time.dt
    if held_keys["right"]:
        speletajs.x += ATRUMS * time.dt
    if uz_platformas:
        speletajs.x += uz_platformas.pabidijas           # brauc līdzi kustīgajai platformai
        if abs(speletajs.x - uz_platformas.x) > uz_platformas.platums / 2 + PUSE - 0.1:
            uz_platformas = None                         # nokāpa pāri malai
    if not uz_platformas:
        vy -= GRAVITACIJA * time.dt
        speletajs.y += vy * time.dt
        if vy < 0:
            piezemejies()

    for gabalins in dzintari[:]:
        if speletajs.intersects(gabalins):
            destroy(gabalins)
            dzintari.remove(gabalins)
            punkti += 1
            punktu_teksts.text = f"Dzintars: {punkti} / {len(DZINTARI)}"
            play_sound("coin")

    if speletajs.intersects(karogs):
        beigas(f"Uzvara! Dzintars: {punkti} / {len(DZINTARI)}", "win")
    elif speletajs.y < -6:
        dzivibas -= 1
        dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
        if dzivibas == 0:
            beigas("Spēle beigusies!", "lose")
        else:
            play_sound("hit")
            uz_sakumu()


def input(key):
    global vy, uz_platformas
    if key == "space" and spele_beigusies:
        jauna_spele()
    elif key in ("space", "up") and uz_platformas:
        vy = LECIENS
        uz_platformas = None
        play_sound("jump")


jauna_spele()
