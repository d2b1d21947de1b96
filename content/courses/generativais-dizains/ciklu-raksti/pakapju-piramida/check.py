from checks import *
import darbnica


uses("for")
model_size(60, 60, 25)
# 5 × (60² + 50² + 40² + 30² + 20²) = 45,000 mm³.
model_volume(44990, 45010)
model, _ = shown_model()
if model is not None and abs(model.volume - 45000) < 10:
    low, high = model.bounds
    expected = darbnica.cube([60, 60, 5])
    for i in range(1, 5):
        size = 60 - i * 10
        expected = expected + darbnica.cube([size, size, 5]).translate(i * 5, i * 5, i * 5)
    expected = expected.translate(low[0], low[1], low[2])
    check(
        (model - expected).volume + (expected - model).volume < 10,
        lv="Stāvu izmēri ir pareizi, bet stāvi neatrodas tieši vidū cits virs cita. Katrs stāvs ir"
        " par 10 mm mazāks nekā tas, kas zem tā, tāpēc tas jāpabīda par 5 mm gan pa x, gan pa y asi.",
        en="The floors are the right sizes, but they are not centred on one another. Each floor is"
        " 10 mm smaller than the one below, so it has to move 5 mm along both x and y.",
    )
model_parts(1)
model_fits_bed()
model_watertight()
