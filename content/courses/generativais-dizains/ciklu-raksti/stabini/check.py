from checks import *
import darbnica


uses("for")
model, _ = shown_model()
if model is not None:
    # A band 20 mm tall above the base cuts each peg once, about 1000 mm³ (a circle 4 mm in radius).
    band = darbnica.cube([400, 400, 20]).translate(-200, -200, 6)
    pegs = round((model & band).volume / (50 * 20))
    check(
        pegs == 5,
        lv=f"Statīvā jābūt 5 stabiņiem rindā, bet tajā ir {pegs}. Vai katrs stabiņš ir savā vietā,"
        " pēc `i` aprēķinātā, un vai katru no tiem pievieno modelim?",
        en=f"The stand should have 5 pegs in a row, but it has {pegs}. Does each peg go to its own"
        " place, worked out from `i`, and is each one added to the model?",
    )
model_parts(1)
model_size(100, 16, 30)
# The base (6400 mm³) and 5 pegs 26 mm above it (about 1300 mm³ each); 4 or 6 pegs fall outside.
model_volume(12700, 13050)
model_fits_bed()
model_watertight()
