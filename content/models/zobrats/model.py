from darbnica import *
import math

teeth = param("teeth", 20, 8, 60, step=1, label={"lv": "Zobu skaits", "en": "Number of teeth"})
module = param("module", 2.0, 1, 3, step=0.25, label={"lv": "Modulis (zoba izmērs, mm)", "en": "Module (tooth size, mm)"})
thickness = param("thickness", 6.0, 3, 20, step=0.5, label={"lv": "Biezums (mm)", "en": "Thickness (mm)"})
hole = param("hole", 4.0, 1, 10, step=0.5, label={"lv": "Cauruma rādiuss (mm)", "en": "Hole radius (mm)"})

# Divi zobrati sader kopā, ja tiem ir vienāds modulis.
# Two gears mesh when they have the same module.
pitch_r = module * teeth / 2          # rādiuss, kur zobrati saskaras / where two gears touch
tip_r = pitch_r + module              # zobu galotnes / tooth tips
root_r = pitch_r - 1.25 * module      # starp zobiem / between the teeth
base_r = pitch_r * math.cos(math.radians(20))   # evolventes pamata aplis (20° spiediena leņķis)
                                                # involute base circle (20° pressure angle)


def involute(r):
    """Evolventes leņķis rādiusā r / The involute's angle at radius r."""
    a = math.acos(base_r / max(r, base_r))
    return math.tan(a) - a


def half_width(r):
    """Puse zoba platuma (radiānos) rādiusā r / Half the tooth's width (in radians) at radius r."""
    return math.pi / (2 * teeth) + involute(pitch_r) - involute(r)


def tooth(turn):
    """Viens zobs, pagriezts par turn radiāniem / One tooth, turned by turn radians."""
    start = max(base_r, root_r)
    radii = [root_r - 0.5 * module] + [start + (tip_r - start) * i / 6 for i in range(7)]
    side = [(r, -half_width(r)) for r in radii]                     # labā mala / right side
    side += [(r, half_width(r)) for r in reversed(radii)]           # kreisā mala / left side
    return polygon([[r * math.cos(turn + a), r * math.sin(turn + a)] for r, a in side])


# Aplis un zobi visapkārt / A circle and teeth all around it
gear = circle(root_r, segments=max(32, 4 * teeth))
for k in range(teeth):
    gear = gear + tooth(2 * math.pi * k / teeth)

# Caurums vidū nedrīkst būt lielāks par zobratu / The centre hole must not be bigger than the gear
hole_r = min(hole, root_r - module - 0.5)
gear = gear - circle(hole_r)

show(gear.extrude(thickness))
