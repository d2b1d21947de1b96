from darbnica import *
import math

angle = param("angle", 65.0, 50, 80, step=1, label={"lv": "Slīpuma leņķis (°)", "en": "Lean angle (°)"})
phone = param("phone", 10.0, 6, 16, step=0.5, label={"lv": "Telefona biezums ar vāciņu (mm)", "en": "Phone thickness with case (mm)"})
width = param("width", 70.0, 40, 120, step=1, label={"lv": "Platums (mm)", "en": "Width (mm)"})

base_h = 4        # pamatnes biezums / base plate thickness
back_t = 5        # atbalsta biezums / back support thickness
back_len = 90     # atbalsta garums slīpi / length of the back support along its slope
lip_t = 4         # maliņas biezums / lip thickness
lip_h = 10        # maliņas augstums virs pamatnes / lip height above the base
play = 1          # brīvā vieta telefonam / extra room for the phone

# Viss stends ir sānskats (profils), ko izvelk platumā.
# The whole stand is a side view (profile), raised along the width.
# In the profile x runs from front to back, y is the height.
a = math.radians(angle)
top = base_h + back_len * math.sin(a)                    # atbalsta augšas augstums / height of the top

# Telefona apakša aizņem phone / sin(angle) pa horizontāli.
# The phone's bottom takes up phone / sin(angle) horizontally.
slot = phone / math.sin(a) + play
front_x = lip_t + slot                                   # kur atbalsts sāk celties / where the support starts


def front_line(y):
    """Atbalsta priekšējās virsmas x augstumā y / x of the support's front face at height y."""
    return front_x + (y - base_h) / math.tan(a)


back_shift = back_t / math.sin(a)    # atbalsta biezums pa horizontāli / its thickness measured horizontally
support = polygon([
    [front_line(0), 0],
    [front_line(0) + back_shift, 0],
    [front_line(top) + back_shift, top],
    [front_line(top), top],
])

# Pamatne sniedzas aiz atbalsta augšas, lai stends neapgāztos.
# The base reaches behind the top of the support so the stand does not tip over.
depth = front_line(top) + back_shift + 10
base = rectangle(depth, base_h)
lip = rectangle(lip_t, base_h + lip_h)

# Ķīlis aiz atbalsta padara savienojumu stiprāku / A wedge behind the support makes the joint stronger
brace = polygon([
    [front_line(base_h) + back_shift, base_h],
    [front_line(base_h) + back_shift + 15, base_h],
    [front_line(base_h + 15) + back_shift, base_h + 15],
])

profile = base + lip + support + brace

# Izvelk profilu platumā un pagriež stāvus: profila y kļūst par augstumu z.
# Raise the profile along the width and stand it up: the profile's y becomes the height z.
stand = profile.extrude(width).rotate(90, 0, 0).translate(0, width / 2, 0)

# Robiņš maliņā lādētāja vadam / A notch in the lip for the charging cable
notch = cube([lip_t + 2, 14, lip_h + 1]).translate(-1, -7, base_h)
stand = stand - notch

show(stand)
