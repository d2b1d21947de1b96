from darbnica import *

width = param("width", 60.0, 30, 90, step=1, label={"lv": "Platums (mm)", "en": "Width (mm)"})
depth = param("depth", 45.0, 30, 120, step=1, label={"lv": "Dziļums (mm)", "en": "Depth (mm)"})
height = param("height", 30.0, 15, 80, step=1, label={"lv": "Augstums (mm)", "en": "Height (mm)"})
wall = param("wall", 2.0, 1.2, 4, step=0.1, label={"lv": "Sienas biezums (mm)", "en": "Wall thickness (mm)"})

corner = 4        # stūru noapaļojums / corner radius
fit = 0.3         # sprauga, lai vāks ieietu kastē / a small gap so the lid slides in
lip_h = 5         # vāka maliņas augstums / height of the lid's lip
space = 10        # attālums starp kasti un vāku / space between the box and the lid

# Kastes kontūra ar noapaļotiem stūriem un tās iekšpuse.
# The box's outline with round corners, and its inside.
outline = rectangle(width - 2 * corner, depth - 2 * corner, center=True).offset(corner)
inside = outline.offset(-wall)

# Kaste: pilns bloks, no kura izgriež iekšpusi (grīda paliek apakšā).
# The box: a solid block with its inside cut out (the floor stays at the bottom).
box = outline.extrude(height) - inside.extrude(height).translate(0, 0, wall)

# Vāks: plāksne ar maliņu, kas ieiet kastes atverē. Drukā ar maliņu uz augšu.
# The lid: a plate with a lip that fits into the box's opening. Print it lip up.
lip = inside.offset(-fit) - inside.offset(-fit - wall)
lid = outline.extrude(wall) + lip.extrude(lip_h).translate(0, 0, wall)

# Kaste pa kreisi, vāks pa labi / The box on the left, the lid on the right
show(box.translate(-(width + space) / 2, 0, 0))
show(lid.translate((width + space) / 2, 0, 0))
