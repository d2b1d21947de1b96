from darbnica import *
import math

steps = param("steps", 24, 6, 48,
              label={"lv": "Pakāpienu skaits", "en": "Steps"})
height = param("height", 120, 40, 190, step=1,
               label={"lv": "Augstums", "en": "Height"})
radius = param("radius", 50, 20, 85, step=1,
               label={"lv": "Rādiuss", "en": "Radius"})
turn = param("turn", 20, 10, 45, step=1,
             label={"lv": "Pagrieziens katram pakāpienam (°)", "en": "Turn per step (°)"})

base_thickness = 3
column_radius = max(5, radius * 0.18)

# lv: pamatne un centrālā kolonna / en: the base plate and the central column
base = cylinder(base_thickness, radius, segments=64)
column = cylinder(height, column_radius, segments=32)

# lv: pakāpiens ir biezāks par soli, lai kaimiņi savienotos (bet ne biezāks par 8 mm)
# en: a step is thicker than the rise, so neighbours join up (but at most 8 mm thick)
rise = (height - base_thickness) / (steps + 0.5)
thickness = min(1.5 * rise, 8)
width = 2 * radius * math.tan(math.radians(turn) / 2) * 0.9
length = radius - column_radius / 2            # from inside the column to the edge

stairs = []
for i in range(steps):
    step = cube([length, width, thickness]).translate(column_radius / 2, -width / 2, 0)
    step = step.rotate(0, 0, i * turn).translate(0, 0, base_thickness + i * rise)
    stairs.append(step)

tower = base + column + sum(stairs)
show(tower)
