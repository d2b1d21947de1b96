# Dzīvžoga labirints: atrodi izeju (zelta konusu), pirms beidzas laiks! Katrs līmenis ir jauns,
# lielāks labirints, ko nejaušība izveido no SEKLA: nomaini SEKLA (slīdnis studijā), un
# labirinti būs citi.
from game import *
import random

# Spēles iestatījumi: studijā katrs param(...) ir slīdnis, ar ko to mainīt
# (nosaukums, sākuma vērtība, mazākā, lielākā, solis, teksts pie slīdņa)
SEKLA = int(param("seed", 2026, 1, 9999, step=1,
                  label={"lv": "Labirinta sēkla", "en": "Maze seed"}))
IZMERS = int(param("size", 4, 2, 10, step=1,          # pirmā labirinta šūnas vienā malā
                   label={"lv": "Pirmā labirinta izmērs", "en": "Size of the first maze"}))

# (šūnas vienā malā, sekundes) katram līmenim: labirinti aug, un lielākam ir vairāk laika
LIMENI = [(n, 10 * n - 10) for n in [IZMERS, IZMERS + 1, IZMERS + 3]]
ATRUMS = 3.5                             # soļi sekundē
R = 0.3                                  # puse no spēlētāja platuma
BONUSS = 3                               # sekundes, ko dod katrs dzintara gabaliņš

ZEMES_IZMERS = 2 * LIMENI[-1][0] + 3    # zem lielākā labirinta un mazliet vēl
zeme = Entity(model="plane", color="#8fbf6a", scale=(ZEMES_IZMERS, 1, ZEMES_IZMERS), y=-0.5,
              collider=None)
speletajs = Entity(model="sphere", color="oranžs", scale=2 * R)
merkis = Entity(model="cone", color="zeltains", scale=(0.6, 1, 0.6))
camera.follow(speletajs, offset=(0, 10, 7))

limena_teksts = Text("", position=(0.03, 0.03))
punktu_teksts = Text("", position=(0.03, 0.11))
laika_teksts = Text("", position=(0.03, 0.19))
zinojums = Text("", position=(0.2, 0.4), size=0.07)
padoms = Text("", position=(0.2, 0.5), size=0.045)

kruminu_kubi = []
dzintari = []
rezgis = []        # rezgis[rinda][kolonna] ir True tur, kur aug dzīvžogs


def izveido_labirintu(n):
    # Labirints no n × n šūnām uz (2n + 1) × (2n + 1) kvadrātu režģa: šūna (x, z) ir kvadrāts
    # (2x + 1, 2z + 1), bet kvadrāti starp šūnām ir dzīvžogs vai eja. Mēs ejam no šūnas uz
    # šūnu nejaušā virzienā, ar katru soli izcērtot eju, un atkāpjamies, kad tālāk netiek.
    izmers = 2 * n + 1
    dzivzogs = [[True] * izmers for _ in range(izmers)]
    dzivzogs[1][1] = False
    apmekletas = {(0, 0)}
    cels = [(0, 0)]
    while cels:
        x, z = cels[-1]
        iespejas = []
        for dx, dz in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nx, nz = x + dx, z + dz
            if 0 <= nx < n and 0 <= nz < n and (nx, nz) not in apmekletas:
                iespejas.append((nx, nz))
        if not iespejas:
            cels.pop()
            continue
        nx, nz = random.choice(iespejas)
        dzivzogs[z + nz + 1][x + nx + 1] = False      # eja starp abām šūnām
        dzivzogs[2 * nz + 1][2 * nx + 1] = False
        apmekletas.add((nx, nz))
        cels.append((nx, nz))
    return dzivzogs


def centrs(kolonna, rinda):
    # Kur spēlē atrodas režģa kvadrāts (labirinta vidus ir 0, 0)
    puse = len(rezgis) / 2
    return kolonna - puse + 0.5, rinda - puse + 0.5


def ir_brivs(x, z):
    # True, ja bumba ar pusplatumu R vietā (x, z) neskar dzīvžogu
    puse = len(rezgis) / 2
    for sx, sz in [(x - R, z - R), (x + R, z - R), (x - R, z + R), (x + R, z + R)]:
        kolonna, rinda = int(sx + puse), int(sz + puse)
        if sx + puse < 0 or sz + puse < 0 or rinda >= len(rezgis) or kolonna >= len(rezgis):
            return False
        if rezgis[rinda][kolonna]:
            return False
    return True


def sac_limeni():
    global rezgis, atlicis_laiks
    for lieta in kruminu_kubi + dzintari:
        destroy(lieta)
    kruminu_kubi.clear()
    dzintari.clear()
    n, sekundes = LIMENI[limenis]
    random.seed(SEKLA + limenis)
    rezgis = izveido_labirintu(n)
    for rinda in range(len(rezgis)):
        for kolonna in range(len(rezgis)):
            if rezgis[rinda][kolonna]:
                x, z = centrs(kolonna, rinda)
                kruminu_kubi.append(Entity(model="cube", color="#2f6b2f", x=x, y=0.1, z=z,
                                           scale=(1, 1.2, 1), collider=None))
    # Dzintars dažās šūnās, bet nekad ne pirmajā vai pēdējā
    sunas = [(x, z) for x in range(n) for z in range(n) if (x, z) not in [(0, 0), (n - 1, n - 1)]]
    for x, z in random.sample(sunas, n - 1):
        dx, dz = centrs(2 * x + 1, 2 * z + 1)
        dzintari.append(Entity(model="sphere", color="#f5a623", scale=0.4, x=dx, z=dz))
    sx, sz = centrs(1, 1)
    speletajs.position = (sx, 0, sz)
    mx, mz = centrs(2 * n - 1, 2 * n - 1)
    merkis.position = (mx, 0, mz)
    atlicis_laiks = sekundes
    limena_teksts.text = f"Līmenis {limenis + 1} / {len(LIMENI)}"


def jauna_spele():
    global limenis, punkti, spele_beigusies
    limenis = 0
    punkti = 0
    spele_beigusies = False
    punktu_teksts.text = "Dzintars: 0"
    zinojums.text = ""
    padoms.text = ""
    sac_limeni()


def beigas(teksts, skana):
    global spele_beigusies
    spele_beigusies = True
    zinojums.text = teksts
    padoms.text = "Atstarpe: spēlēt vēlreiz"
    play_sound(skana)


def update():
    global punkti, atlicis_laiks, limenis
    if spele_beigusies:
        return
    solis = ATRUMS * time.dt
    dx = (held_keys["right"] - held_keys["left"]) * solis
    dz = (held_keys["down"] - held_keys["up"]) * solis
    # Katrs virziens atsevišķi, lai bumba slīd gar dzīvžogu, nevis pielīp tam
    if dx and ir_brivs(speletajs.x + dx, speletajs.z):
        speletajs.x += dx
    if dz and ir_brivs(speletajs.x, speletajs.z + dz):
        speletajs.z += dz

    for gabalins in dzintari[:]:
        if speletajs.intersects(gabalins):
            destroy(gabalins)
            dzintari.remove(gabalins)
            punkti += 1
            atlicis_laiks += BONUSS
            punktu_teksts.text = f"Dzintars: {punkti}"
            play_sound("coin")

    if speletajs.intersects(merkis):
        limenis += 1
        if limenis == len(LIMENI):
            beigas("Tu esi ārā! Uzvara!", "win")
        else:
            play_sound("jump")
            sac_limeni()
        return

    atlicis_laiks -= time.dt
    laika_teksts.text = f"Laiks: {max(0, int(atlicis_laiks + 0.99))}"
    if atlicis_laiks <= 0:
        beigas("Laiks beidzies!", "lose")


def input(key):
    if key == "space" and spele_beigusies:
        jauna_spele()


jauna_spele()
