from darbnica import *
import math
import random

height = param("height", 120, 60, 190, step=1,
               label={"lv": "Augstums", "en": "Height"})
levels = param("levels", 3, 2, 4,
               label={"lv": "Vainaga stāvi", "en": "Crown levels"})
segments = param("segments", 7, 4, 12,
                 label={"lv": "Malu skaits", "en": "Sides"})
seed = param("seed", 1, 0, 99,
             label={"lv": "Nejaušības sēkla", "en": "Random seed"})

random.seed(seed)


def crooked_cone(radius, cone_height, sides):
    # lv: konuss ar nedaudz nejauši sabīdītiem stūriem / en: a cone with slightly jittered corners
    turn = random.uniform(0, 360)
    ring = []
    for i in range(sides):
        angle = math.radians(turn + 360 * i / sides)
        r = radius * random.uniform(0.85, 1.15)
        ring.append([r * math.cos(angle), r * math.sin(angle), 0])
    tip = [random.uniform(-0.1, 0.1) * radius, random.uniform(-0.1, 0.1) * radius, cone_height]
    points = [[0, 0, 0], tip] + ring           # 0 = bottom centre, 1 = tip, 2.. = ring
    faces = []
    for i in range(sides):
        a = 2 + i
        b = 2 + (i + 1) % sides
        faces.append([0, b, a])                # bottom
        faces.append([1, a, b])                # side
    return polyhedron(points, faces)


# lv: pamatne, lai koks stabili stāv / en: a base so the tree stands steady
ground = cylinder(3, height * 0.25, segments=segments)

crown_start = height * 0.3                     # where the lowest crown begins
step = (height - crown_start) / (levels + 1)   # each crown is 2 steps tall, so they overlap
crown_radius = height * 0.3

trunk = cylinder(crown_start + step, height * 0.06, segments=segments)

crowns = []
for level in range(levels):
    shrink = 1 - 0.45 * level / (levels - 1)   # higher crowns are smaller
    cone = crooked_cone(crown_radius * shrink, 2 * step, segments)
    crowns.append(cone.translate(0, 0, crown_start + level * step))

tree = ground + trunk + sum(crowns)
show(tree)
