from darbnica import *
import math
import random

rows = param("rows", 8, 3, 16,
             label={"lv": "Rindas", "en": "Rows"})
columns = param("columns", 8, 3, 16,
                label={"lv": "Kolonnas", "en": "Columns"})
smallest = param("smallest", 25, 10, 85, step=1,
                 label={"lv": "Mazākais caurums (% no šūnas)", "en": "Smallest hole (% of a cell)"})
largest = param("largest", 80, 10, 85, step=1,
                label={"lv": "Lielākais caurums (% no šūnas)", "en": "Largest hole (% of a cell)"})
seed = param("seed", 7, 0, 99,
             label={"lv": "Sēkla (0 = viļņi)", "en": "Seed (0 = waves)"})

random.seed(seed)
low, high = min(smallest, largest) / 100, max(smallest, largest) / 100

panel_size = 140      # mm
border = 6            # mm of solid edge around the holes
thickness = 3         # mm

cell_w = (panel_size - 2 * border) / columns
cell_h = (panel_size - 2 * border) / rows
cell = min(cell_w, cell_h)

plate = rectangle(panel_size, panel_size, center=True).offset(-4).offset(4)   # rounded corners

for row in range(rows):
    row_holes = None
    for col in range(columns):
        if seed == 0:
            # lv: viļņi no centra / en: ripples from the centre
            x = col - (columns - 1) / 2
            y = row - (rows - 1) / 2
            amount = (1 + math.cos(math.hypot(x, y) * 1.3)) / 2
        else:
            amount = random.random()        # 0 … 1
        size = low + (high - low) * amount
        cx = -panel_size / 2 + border + (col + 0.5) * cell_w
        cy = -panel_size / 2 + border + (row + 0.5) * cell_h
        hole = circle(size * cell / 2, segments=24).translate(cx, cy)
        row_holes = hole if row_holes is None else row_holes + hole
    # lv: izgriežam visu rindu uzreiz — tā ir ātrāk / en: cut a whole row at once — it is faster
    plate = plate - row_holes

panel = plate.extrude(thickness)
show(panel)
