from darbnica import *
import math

height = param("height", 120.0, 50, 180, step=1, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
radius = param("radius", 40.0, 20, 60, step=1, label={"lv": "Rādiuss (mm)", "en": "Radius (mm)"})
waves = param("waves", 6, 3, 12, step=1, label={"lv": "Viļņu skaits", "en": "Number of waves"})
twist = param("twist", 90.0, 0, 180, step=5, label={"lv": "Pagrieziens (°)", "en": "Twist (°)"})
wall = param("wall", 2.0, 1.2, 4, step=0.1, label={"lv": "Sienas biezums (mm)", "en": "Wall thickness (mm)"})

floor = 3       # grīdas biezums / floor thickness (mm)
depth = 0.1     # viļņu dziļums (daļa no rādiusa) / wave depth (part of the radius)
flare = 1.15    # augšā vāze ir par 15 % platāka / the top is 15% wider

# Viļņota kontūra: rādiuss pa apli iet augšup un lejup.
# A wavy outline: the radius goes up and down around the circle.
points = []
steps = waves * 10
for i in range(steps):
    angle = 2 * math.pi * i / steps
    r = radius * (1 + depth * math.sin(waves * angle))
    points.append([r * math.cos(angle), r * math.sin(angle)])
outline = polygon(points)

# Siena: kontūra mīnus tā pati kontūra, par sienas biezumu mazāka.
# The wall: the outline minus the same outline made one wall thickness smaller.
ring = outline - outline.offset(-wall, round=False)

# Izvelk uz augšu, griežot un paplašinot / Raise it up, twisting and widening
slices = max(1, math.ceil(twist / 8))
walls = ring.extrude(height, twist=twist, scale=flare, slices=slices)

# Grīda: plāns disks apakšā, kas sniedzas līdz sienas vidum un griežas līdzi sienai.
# The floor: a thin disc at the bottom reaching into the middle of the wall, turning with it.
floor_part = outline.offset(-wall / 2).extrude(
    floor,
    twist=twist * floor / height,
    scale=1 + (flare - 1) * floor / height,
    slices=2,
)

vase = walls + floor_part
show(vase)
