from darbnica import *
import math

height = param("height", 120.0, 50, 180, step=1, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
radius = param("radius", 40.0, 20, 60, step=1, label={"lv": "Rādiuss (mm)", "en": "Radius (mm)"})
waves = param("waves", 6, 3, 12, step=1, label={"lv": "Viļņu skaits", "en": "Number of waves"})
twist = param("twist", 90.0, 0, 180, step=5, label={"lv": "Pagrieziens (°)", "en": "Twist (°)"})
wall = param("wall", 2.0, 1.2, 4, step=0.1, label={"lv": "Sienas biezums (mm)", "en": "Wall thickness (mm)"})

floor = 3        # grīdas biezums / floor thickness
depth = radius * 0.12   # viļņu dziļums / how deep the waves go

# Viļņota kontūra: rādiuss mainās pa apli / A wavy outline: the radius goes up and down around the circle
points = []
steps = waves * 24
for i in range(steps):
    angle = 2 * math.pi * i / steps
    r = radius + depth * math.sin(waves * angle)
    points.append([r * math.cos(angle), r * math.sin(angle)])
outline = polygon(points)

# Ārpuse: izvelk uz augšu un pagriež / Outside: raised up and twisted
slices = max(1, round(height / 3))
outside = outline.extrude(height, twist=twist, slices=slices)

# Iekšpuse: tā pati forma, tikai par sienas biezumu mazāka.
# Inside: the same shape, one wall thickness smaller.
# It starts above the floor, already turned as far as the outside is at that height.
turn = twist / height                 # grādi uz milimetru / degrees per millimetre
inner_height = height - floor + 1     # +1, lai izgrieztu cauri augšai / +1 to cut through the top
inside = (
    outline.offset(-wall)
    .rotate(turn * floor)
    .extrude(inner_height, twist=turn * inner_height, slices=slices)
    .translate(0, 0, floor)
)

vase = outside - inside
show(vase)
