from darbnica import *
import math

width = param("width", 32.0, 25, 50, step=1, label={"lv": "Platums (mm)", "en": "Width (mm)"})
length = param("length", 55.0, 40, 80, step=1, label={"lv": "Garums (mm)", "en": "Length (mm)"})
thickness = param("thickness", 3.0, 2, 5, step=0.5, label={"lv": "Biezums (mm)", "en": "Thickness (mm)"})
corner = param("corner", 6.0, 1, 12, step=0.5, label={"lv": "Stūru noapaļojums (mm)", "en": "Corner radius (mm)"})

relief = 0.8      # cik augstu paceļas raksts / how high the pattern rises (mm)
hole_r = 3        # cauruma rādiuss gredzenam / radius of the hole for the key ring
border = 1.5      # malas joslas platums / width of the raised edge
hex_r = 2.6       # sešstūra rādiuss / hexagon radius
gap = 1.0         # atstarpe starp sešstūriem / gap between hexagons

# Plāksne ar noapaļotiem stūriem: mazāks taisnstūris, paplašināts par stūra rādiusu.
# A plate with round corners: a smaller rectangle grown outwards by the corner radius.
r = min(corner, width / 2 - 1, length / 2 - 1)
plate = rectangle(width - 2 * r, length - 2 * r, center=True).offset(r)

# Caurums gredzenam plāksnes augšgalā / The hole for the ring at the top end
hole_y = length / 2 - border - 2 - hole_r
hole = circle(hole_r).translate(0, hole_y)

# Pacelta mala un gredzens ap caurumu / A raised edge and a ring around the hole
edge = plate - plate.offset(-border)
hole_ring = circle(hole_r + border).translate(0, hole_y) - hole

# Medus šūnu raksts: sešstūri rindās, katra otrā rinda nobīdīta.
# A honeycomb: rows of hexagons, every other row shifted sideways.
free = plate.offset(-border - gap) - circle(hole_r + border + gap).translate(0, hole_y)
step_x = math.sqrt(3) * hex_r + gap          # attālums starp sešstūru centriem / distance between centres
step_y = step_x * math.sqrt(3) / 2
hexagon = regular_polygon(6, hex_r).rotate(30)
full = hexagon.area
pattern = edge + hole_ring
rows = int(length / step_y) + 2
cols = int(width / step_x) + 2
for row in range(-rows // 2, rows // 2 + 1):
    shift = step_x / 2 if row % 2 else 0
    for col in range(-cols // 2, cols // 2 + 1):
        cell = hexagon.translate(col * step_x + shift, row * step_y)
        # Tikai veseli sešstūri, kas pilnībā ietilpst / Only whole hexagons that fit completely
        if (cell & free).area > full * 0.999:
            pattern = pattern + cell

base = (plate - hole).extrude(thickness)
raised = pattern.extrude(relief).translate(0, 0, thickness)
tag = base + raised
show(tag)
