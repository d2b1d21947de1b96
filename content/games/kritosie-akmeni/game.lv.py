# Krītošie akmeņi: klints brūk! Izvairies no akmeņiem IZTURET sekundes (sākumā 40). Ēna uz
# zemes rāda, kur akmens nokritīs, un tā aug, kad akmens tuvojas.
from game import *
from darbnica import sphere, cylinder
import random

# Spēles iestatījumi: studijā katrs param(...) ir slīdnis, ar ko to mainīt
# (nosaukums, sākuma vērtība, mazākā, lielākā, solis, teksts pie slīdņa)
IZTURET = int(param("survive", 40, 10, 120, step=1,        # cik sekundes jānoturas
                    label={"lv": "Sekundes līdz uzvarai", "en": "Seconds to win"}))
GRAVITACIJA = param("gravity", 9.8, 2, 30, step=0.1,      # cik strauji krišana kļūst ātrāka
                    label={"lv": "Gravitācija", "en": "Gravity"})
PAUZE = param("stone_gap", 0.9, 0.3, 3, step=0.1,         # sākumā sekundes starp akmeņiem
              label={"lv": "Sekundes starp akmeņiem", "en": "Seconds between stones"})
DZIVIBAS = 3
ATRUMS = 6         # spēlētāja soļi sekundē
AUGSTUMS = 9       # no kāda augstuma krīt akmeņi

# Modeļi no modelēšanas moduļa: raupjš akmens ar nedaudzām skaldnēm un plakans disks ēnām
akmens_modelis = sphere(0.5, segments=6)
enas_modelis = cylinder(0.04, 0.5, segments=16)

zeme = Entity(model="plane", color="#a8b878", scale=(18, 1, 10), y=-0.5, collider=None)
klints = Entity(model="cube", color="#8a7f72", scale=(18, 8, 2), y=3.5, z=-5.5, collider=None)
speletajs = Entity(model="cube", color="oranžs", scale=(0.8, 1.2, 0.8), y=0.1)

punktu_teksts = Text("", position=(0.03, 0.03))
dzivibu_teksts = Text("", position=(0.03, 0.11))
laika_teksts = Text("", position=(0.03, 0.19))
zinojums = Text("", position=(0.2, 0.4), size=0.07)
padoms = Text("", position=(0.2, 0.5), size=0.045)

akmeni = []


class Akmens(Entity):
    # Akmens krīt arvien ātrāk, kūleņojot, un tā ēna gaida uz zemes
    def update(self):
        if spele_beigusies:
            return
        self.krisanas_atrums += GRAVITACIJA * time.dt
        self.y -= self.krisanas_atrums * time.dt
        self.rotation = (self.y * 40, self.y * 25, 0)
        tuvums = 1 - self.y / AUGSTUMS                 # 0 augstu gaisā, 1 pie zemes
        self.ena.scale = (0.4 + 0.8 * tuvums, 1, 0.4 + 0.8 * tuvums)
        if self.y < -0.2:
            nonem(self)
            izvairijies()


def nonem(akmens):
    akmeni.remove(akmens)
    destroy(akmens.ena)
    destroy(akmens)


def izvairijies():
    global punkti
    punkti += 1
    punktu_teksts.text = f"Izvairījies: {punkti}"
    play_sound("click")


def nomet_akmeni():
    # Katrs trešais akmens krīt tieši tur, kur stāv spēlētājs
    if random.random() < 0.33:
        x, z = speletajs.x, speletajs.z
    else:
        x, z = random.uniform(-7, 7), random.uniform(-3, 3)
    izmers = random.uniform(0.7, 1.4)
    ena = Entity(model=enas_modelis, color="#4a5238", x=x, y=-0.48, z=z, collider=None)
    akmeni.append(Akmens(model=akmens_modelis, color="#77736d", scale=izmers, collider="sphere",
                         x=x, y=AUGSTUMS, z=z, krisanas_atrums=0, ena=ena))


def jauna_spele():
    global punkti, dzivibas, noturejies, lidz_akmenim, spele_beigusies, drosibas_laiks
    for akmens in akmeni[:]:
        nonem(akmens)
    punkti = 0
    dzivibas = DZIVIBAS
    noturejies = 0
    lidz_akmenim = 1
    drosibas_laiks = 0
    spele_beigusies = False
    speletajs.position = (0, 0.1, 0)
    speletajs.visible = True
    punktu_teksts.text = "Izvairījies: 0"
    dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
    laika_teksts.text = f"Laiks: {IZTURET}"
    zinojums.text = ""
    padoms.text = ""


def beigas(teksts, skana):
    global spele_beigusies
    spele_beigusies = True
    speletajs.visible = True
    zinojums.text = teksts
    padoms.text = "Atstarpe: spēlēt vēlreiz"
    play_sound(skana)


def update():
    global dzivibas, noturejies, lidz_akmenim, drosibas_laiks
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
    speletajs.x = max(-8, min(8, speletajs.x))
    speletajs.z = max(-3.5, min(4, speletajs.z))

    # Jo ilgāk, jo biežāk krīt akmeņi (līdz trīsreiz biežāk nekā sākumā)
    lidz_akmenim -= time.dt
    if lidz_akmenim <= 0:
        nomet_akmeni()
        lidz_akmenim = max(PAUZE / 3, PAUZE - noturejies / 50)

    if drosibas_laiks > 0:
        drosibas_laiks -= time.dt
        speletajs.visible = int(drosibas_laiks * 8) % 2 == 0
    else:
        speletajs.visible = True
        for akmens in akmeni:
            if speletajs.intersects(akmens):
                nonem(akmens)
                dzivibas -= 1
                dzivibu_teksts.text = f"Dzīvības: {dzivibas}"
                play_sound("hit")
                drosibas_laiks = 1
                break
    if dzivibas <= 0:
        beigas("Ai! Uzvarēja akmeņi.", "lose")
        return

    noturejies += time.dt
    laika_teksts.text = f"Laiks: {max(0, int(IZTURET - noturejies + 0.99))}"
    if noturejies >= IZTURET:
        beigas("Tu izturēji! Uzvara!", "win")


def input(key):
    if key == "space" and spele_beigusies:
        jauna_spele()


jauna_spele()
