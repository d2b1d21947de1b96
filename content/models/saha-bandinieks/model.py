from darbnica import *
import math

height = param("height", 60, 30, 150, step=1,
               label={"lv": "Augstums", "en": "Height"})
base_radius = param("base_radius", 16, 8, 40, step=1,
                    label={"lv": "Pamata rādiuss", "en": "Base radius"})
head_size = param("head_size", 10, 4, 30, step=1,
                  label={"lv": "Galvas rādiuss", "en": "Head radius"})

h = height
R = base_radius
head_r = min(head_size, h * 0.28)        # the head must fit on the pawn
head_z = h - head_r                      # the centre of the head

# lv: profils ir puse no figūras šķērsgriezuma: x ir attālums no ass, y ir augstums
# en: the profile is half of the piece's cross-section: x is the distance from the axis, y the height
profile = [
    [0, 0],
    [R, 0],
    [R, h * 0.05],
    [R * 0.9, h * 0.09],                 # bevel of the base
    [R * 0.9, h * 0.11],
    [R * 0.7, h * 0.15],
]

# lv: ieliekts kāts no pamatnes līdz kaklam / en: a curved body from the base up to the neck
neck_r = R * 0.3
collar_top = head_z - head_r * math.sin(math.radians(60))
neck_z = collar_top - h * 0.04
body_bottom, body_r = h * 0.15, R * 0.7
for i in range(1, 9):
    t = i / 8
    r = neck_r + (body_r - neck_r) * (1 - t) ** 2
    profile.append([r, body_bottom + (neck_z - body_bottom) * t])

# lv: apkaklīte zem galvas / en: the collar under the head
collar_r = max(head_r * 0.8, neck_r * 1.6)
profile += [[collar_r, neck_z], [collar_r, collar_top]]

# lv: galva: riņķa loks no -60° līdz 90° / en: the head: an arc from -60° to 90°
for i in range(13):
    angle = math.radians(-60 + 150 * i / 12)
    profile.append([head_r * math.cos(angle), head_z + head_r * math.sin(angle)])
profile[-1] = [0, h]                     # end exactly on the axis

pawn = polygon(profile).revolve(360, segments=64)
show(pawn)
