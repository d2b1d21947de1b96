# Dzintars un viļņi: vāc dzintaru Liepājas pludmalē, bet sargies no viļņiem!
# Viļņi izskalo krastā jaunus dzintara gabaliņus tur, kur tie pagriežas atpakaļ.
from game import *
from darbnica import cylinder
import math
import random

# Spēles iestatījumi: studijā katrs param(...) ir slīdnis, ar ko to mainīt
# (nosaukums, sākuma vērtība, mazākā, lielākā, solis, teksts pie slīdņa)
MERKIS = int(param("goal", 12, 1, 30, step=1,          # cik dzintara gabaliņu vajag uzvarai
                   label={"lv": "Dzintara gabaliņi uzvarai", "en": "Amber pieces to win"}))
VILNU_ATRUMS = param("wave_speed", 3.0, 1, 8, step=0.5,   # viļņa soļi sekundē (aptuveni)
                     label={"lv": "Viļņu ātrums", "en": "Wave speed"})
DZIVIBAS = 3
ATRUMS = 5         # spēlētāja soļi sekundē

# Pludmale, jūra un kāpa
smiltis = Entity(model="plane", color="#e8d8a8", scale=(22, 1, 12), y=-0.5, z=0.5, collider=None)
jura = Entity(model="plane", color="#3d7bd9", scale=(22, 1, 10), y=-0.52, z=-10, collider=None)
kapa = Entity(model="cube", color="#c9b98a", scale=(22, 0.6, 1), y=-0.4, z=6.5, collider=None)


# Liepājas bāka, uzbūvēta ar modelēšanas moduli: sarkanas un baltas joslas, katra nedaudz
# šaurāka par apakšējo. Mērvienības te ir spēles, un augša ir augšā.
def baka():
    sarkana = cylinder(0.3, 1.0, segments=16)          # pamatne
    balta = cylinder(0.15, 0.7, segments=16).translate(0, 0, 4.5)   # galerija
    for i in range(6):
        josla = cylinder(0.7, r1=0.9 - 0.08 * i, r2=0.82 - 0.08 * i, segments=16)
        josla = josla.translate(0, 0, 0.3 + 0.7 * i)
        if i % 2 == 0:
            sarkana = sarkana + josla
        else:
            balta = balta + josla
    jumts = cylinder(0.45, r1=0.45, r2=0.05, segments=16).translate(0, 0, 5.15)
    return sarkana + jumts, balta


BAKAS_VIETA = (-8, -0.5, -3.5)
sarkanas_dalas, baltas_dalas = baka()
Entity(model=sarkanas_dalas, color="sarkans", position=BAKAS_VIETA, collider=None)
Entity(model=baltas_dalas, color="balts", position=BAKAS_VIETA, collider=None)
laterna = Entity(model="sphere", color="dzeltens", scale=0.5, collider=None,
                 position=(BAKAS_VIETA[0], BAKAS_VIETA[1] + 4.9, BAKAS_VIETA[2]))
stars = Entity(model="cube", color="#fff3a0", scale=(4, 0.08, 0.3), collider=None, y=laterna.y)

speletajs = Entity(model="cube", color="oranžs", scale=(0.8, 1, 0.8))
punktu_teksts = Text("", position=(0.03, 0.03))
dzivibu_teksts = Text("", position=(0.03, 0.11))
zinojums = Text("", position=(0.2, 0.4), size=0.07)
padoms = Text("", position=(0.2, 0.5), size=0.045)

dzintari = []
vilni = []


def pieliec_dzintaru(x, z):
    gabalins = Entity(model="sphere", color="#f5a623", scale=0.45, collider="sphere",
                      x=max(-8, min(8, x)), y=-0.25, z=z)
    dzintari.append(gabalins)


class Vilnis(Entity):
    # Vilnis uzskrien krastā līdz savai robežai (`robeza`), tad noslīd atpakaļ jūrā.
    def update(self):
        if spele_beigusies:
            return
        if self.nak:
            self.z += self.atrums * time.dt
            if self.z >= self.robeza:
                self.nak = False
                if len(dzintari) < 6:
                    pieliec_dzintaru(self.x + random.uniform(-2, 2), self.robeza - 0.5)
        else:
            self.z -= self.atrums * 0.6 * time.dt
            if self.z < -6:
                vilni.remove(self)
                destroy(self)


def jauna_spele():
    global punkti, dzivibas, spele_beigusies, lidz_vilnim, drosibas_laiks
    for lieta in dzintari + vilni:
        destroy(lieta)
    dzintari.clear()
    vilni.clear()
    punkti = 0
    dzivibas = DZIVIBAS
    spele_beigusies = False
    lidz_vilnim = 1.5        # sekundes līdz nākamajam vilnim
    drosibas_laiks = 0       # pēc viļņa trieciena brītiņš, lai paspētu aizbēgt
    speletajs.position = (0, 0, 3)
    speletajs.visible = True
    for _ in range(4):
        pieliec_dzintaru(random.uniform(-7, 7), random.uniform(-3, 4))
    punktu_teksts.text = f"Dzintars: 0 / {MERKIS}"
    dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
    zinojums.text = ""
    padoms.text = ""


def beigas(teksts, skana):
    global spele_beigusies
    spele_beigusies = True
    zinojums.text = teksts
    padoms.text = "Atstarpe: spēlēt vēlreiz"
    play_sound(skana)


def update():
    global punkti, dzivibas, lidz_vilnim, drosibas_laiks
    # Bākas stars griežas visu laiku
    lenkis = time.elapsed * 90
    stars.rotation = (0, lenkis, 0)
    stars.x = BAKAS_VIETA[0] + 2 * math.cos(math.radians(lenkis))
    stars.z = BAKAS_VIETA[2] - 2 * math.sin(math.radians(lenkis))
    if spele_beigusies:
        return

    solis = ATRUMS * time.dt
    if held_keys["left"]:
        speletajs.x -= solis
    if held_keys["right"]:
        speletajs.x += solis
    if held_keys["up"]:
        speletajs.z -= solis
    if held_keys["down"]:
        speletajs.z += solis
    # Paliec pludmalē
    speletajs.x = max(-9, min(9, speletajs.x))
    speletajs.z = max(-4, min(5, speletajs.z))

    for gabalins in dzintari[:]:
        if speletajs.intersects(gabalins):
            destroy(gabalins)
            dzintari.remove(gabalins)
            punkti += 1
            punktu_teksts.text = f"Dzintars: {punkti} / {MERKIS}"
            play_sound("coin")
    if punkti >= MERKIS:
        beigas("Uzvara! Spainītis ir pilns.", "win")
        return

    # Laiku pa laikam jauns vilnis, jo vairāk punktu, jo biežāk (bet ne biežāk kā ik pussekundi)
    lidz_vilnim -= time.dt
    if lidz_vilnim <= 0:
        lidz_vilnim = max(0.5, random.uniform(1.2, 2.2) - punkti * 0.05)
        platums = random.uniform(3, 6)
        vilni.append(Vilnis(model="cube", color="#d8f0ff", scale=(platums, 0.4, 0.8),
                            x=random.uniform(-7, 7), y=-0.3, z=-6,
                            atrums=random.uniform(VILNU_ATRUMS - 0.5, VILNU_ATRUMS + 1),
                            robeza=random.uniform(-1, 4.5), nak=True))

    if drosibas_laiks > 0:
        drosibas_laiks -= time.dt
        speletajs.visible = int(drosibas_laiks * 8) % 2 == 0     # mirgo, kamēr drošībā
    else:
        speletajs.visible = True
        for vilnis in vilni:
            if speletajs.intersects(vilnis):
                dzivibas -= 1
                dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
                play_sound("hit")
                drosibas_laiks = 1.5
                break
    if dzivibas <= 0:
        speletajs.visible = True
        beigas("Šoreiz uzvarēja jūra!", "lose")


def input(key):
    if key == "space" and spele_beigusies:
        jauna_spele()


jauna_spele()
