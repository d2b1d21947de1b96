from checks import *
import darbnica


uses_call("param")
cup, names = shown_model({"height": 80})
if names:
    check(
        "height" in names,
        lv='Nosauc slīdni `"height"`, kā uzdevumā: `param("height", 60, 30, 100, ...)`.',
        en='Name the slider `"height"`, as in the task: `param("height", 60, 30, 100, ...)`.',
    )
if "height" in names:
    check(
        cup is not None,
        lv="Kad slīdnis `height` ir uz 80, programma apstājas ar kļūdu. Pamēģini to pats.",
        en="With the slider `height` at 80, your program stops with an error. Try it yourself.",
    )
if "height" in names and cup is not None:
    low, high = cup.bounds
    tall = high[2] - low[2]
    measured = round(tall, 1)
    check(
        abs(tall - 80) < 0.5,
        lv=f"Kad slīdnis `height` ir uz 80, glāzei jābūt 80 mm augstai, bet tā ir {measured:g} mm."
        " Izmanto mainīgo `height` abu cilindru augstumam.",
        en=f"With the slider `height` at 80, the cup should be 80 mm tall, but it is {measured:g}"
        " mm. Use the variable `height` for the height of both cylinders.",
    )
    # A 2 mm wall and bottom at 80 mm: about 21,000 mm³ (21,140 for a true circle). A 1 or 3 mm
    # wall or bottom falls outside.
    check(
        abs(tall - 80) >= 0.5 or 20500 < cup.volume < 21700,
        lv="Glāzes sienām un dibenam jābūt 2 mm bieziem: iekšpuse ir cilindrs ar rādiusu 18 mm,"
        " kas sākas 2 mm virs galda.",
        en="The cup's walls and bottom should be 2 mm thick: the inside is a cylinder 18 mm in"
        " radius that starts 2 mm above the bed.",
    )
model_holes(0)
model_size(x=40, y=40, z=(30, 100))
model_fits_bed()
model_watertight()
