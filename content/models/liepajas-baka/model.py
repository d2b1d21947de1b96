from darbnica import *

height = param("height", 140, 70, 190, step=1,
               label={"lv": "Augstums", "en": "Height"})
base_radius = param("base_radius", 20, 12, 40, step=1,
                    label={"lv": "Pamata rādiuss", "en": "Base radius"})
stripes = param("stripes", 6, 2, 12,
                label={"lv": "Joslu skaits", "en": "Stripes"})

smooth = 48                          # segments of the round parts
plinth_h = height * 0.04
tower_h = height * 0.68
top_radius = base_radius * 0.62     # the tower narrows towards the top


def tower_radius(z):
    # lv: torņa rādiuss augstumā z (no torņa apakšas) / en: the tower's radius at height z
    return base_radius + (top_radius - base_radius) * z / tower_h


# lv: pamatne / en: the plinth
plinth = cylinder(plinth_h, base_radius * 1.25, segments=smooth)

# lv: tornis no konusa posmiem; katrs otrais posms ir izvirzīta josla
# en: the tower from cone sections; every other section is a raised stripe
sections = []
section_h = tower_h / stripes
for i in range(stripes):
    bump = 0.8 if i % 2 == 1 else 0
    r_bottom = tower_radius(i * section_h) + bump
    r_top = tower_radius((i + 1) * section_h) + bump
    part = cylinder(section_h, r1=r_bottom, r2=r_top, segments=smooth)
    sections.append(part.translate(0, 0, plinth_h + i * section_h))

# lv: durvis / en: the door
door_w = base_radius * 0.45
door_h = min(height * 0.1, section_h * 0.9)
door = cube([base_radius, door_w, door_h]).translate(base_radius * 0.75, -door_w / 2, plinth_h)

# lv: galerija ar margām / en: the gallery with its railing
gallery_z = plinth_h + tower_h
gallery_r = top_radius + base_radius * 0.25 + 2
deck_h = height * 0.025
deck = cylinder(deck_h, gallery_r, segments=smooth).translate(0, 0, gallery_z)
rail_h = height * 0.04
railing = (cylinder(rail_h, gallery_r, segments=smooth)
           - cylinder(rail_h + 2, gallery_r - 1.2, segments=smooth).translate(0, 0, -1))
railing = railing.translate(0, 0, gallery_z + deck_h)

# lv: laternas telpa: astoņstūris ar iegremdētiem logiem
# en: the lantern room: an octagon with recessed windows
lantern_z = gallery_z + deck_h
lantern_r = top_radius * 0.75
lantern_h = height * 0.1
lantern = cylinder(lantern_h, lantern_r, segments=8)
pane_w = lantern_r * 0.55           # a side of the octagon is about 0.77 × r wide
windows = []
for k in range(8):
    pane = cube([2, pane_w, lantern_h * 0.7]).translate(lantern_r * 0.92 - 0.6, -pane_w / 2, lantern_h * 0.15)
    windows.append(pane.rotate(0, 0, 22.5 + 45 * k))   # face centres of the octagon
lantern = (lantern - sum(windows)).translate(0, 0, lantern_z)

# lv: jumts un lodīte / en: the roof and the ball on top
roof_z = lantern_z + lantern_h
ball_r = height * 0.018
roof_h = height - roof_z - 1.6 * ball_r
roof = cylinder(roof_h, r1=lantern_r * 1.2, r2=lantern_r * 0.25, segments=smooth).translate(0, 0, roof_z)
ball = sphere(ball_r, segments=16).translate(0, 0, height - ball_r)

# lv: krāsas: sarkanas un baltas joslas, pelēks pamats, tumša laterna
# en: colours: red and white stripes, a grey plinth, a dark lantern
red = sum(sections[0::2]) - door
white = sum(sections[1::2]) - door
show(plinth - door, color="pelēks")
show(red + roof + ball, color="sarkans")
show(white, deck + railing, color="balts")
show(lantern, color="tumšzils")
