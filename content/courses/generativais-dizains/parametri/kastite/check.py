from checks import *
import darbnica

SLIDERS = {"width": "platums", "depth": "dziļums", "height": "augstums"}
# Slider values other than the defaults, to see that the box follows them.
W, D, H = 80, 50, 30
WALL = 2


uses_call("param")
box, names = shown_model({"width": W, "depth": D, "height": H})
missing = [name for name in SLIDERS if name not in names]
if names:
    check(
        not missing,
        lv="Vajag slīdņus " + ", ".join(f'`"{name}"`' for name in SLIDERS)
        + "; trūkst " + ", ".join(f'`"{name}"`' for name in missing) + ".",
        en="The box needs the sliders " + ", ".join(f'`"{name}"`' for name in SLIDERS)
        + "; it has no " + ", ".join(f'`"{name}"`' for name in missing) + ".",
    )
if names and not missing:
    check(
        box is not None,
        lv=f"Kad platums ir {W}, dziļums {D} un augstums {H} mm, programma apstājas ar kļūdu."
        " Pamēģini to pats.",
        en=f"With the width at {W}, the depth at {D} and the height at {H} mm, your program stops"
        " with an error. Try it yourself.",
    )
if names and not missing and box is not None:
    low, high = box.bounds
    size = [high[axis] - low[axis] for axis in range(3)]
    wrong = [
        name for name, wanted, actual in zip(SLIDERS, (W, D, H), size) if abs(actual - wanted) > 0.5
    ]
    measured = " × ".join(f"{value:.1f}".rstrip("0").rstrip(".") for value in size)
    check(
        not wrong,
        lv=f"Kad platums ir {W}, dziļums {D} un augstums {H} mm, kastītei jābūt {W} × {D} × {H} mm,"
        f" bet tā ir {measured} mm. Slīdņiem neseko: "
        + ", ".join(SLIDERS[name] for name in wrong) + ".",
        en=f"With the width at {W}, the depth at {D} and the height at {H} mm, the box should be"
        f" {W} × {D} × {H} mm, but it is {measured} mm. Not following the sliders: "
        + ", ".join(wrong) + ".",
    )
    if not wrong:
        # The same box, built the way the task describes, where the student's stands.
        outside = darbnica.cube([W, D, H])
        inside = darbnica.cube([W - 2 * WALL, D - 2 * WALL, H]).translate(WALL, WALL, WALL)
        expected = outside - inside
        expected = expected.translate(low[0], low[1], low[2])
        differs = (box - expected).volume + (expected - box).volume
        check(
            differs < 10,
            lv="Kastītes forma neatbilst uzdevumam: sienām visās četrās pusēs un dibenam jābūt 2 mm"
            " bieziem, un augšpusei jābūt vaļā. Iekšpusei jābūt par `2 * wall` mazākai gan platumā,"
            " gan dziļumā un pabīdītai ar `.translate(wall, wall, wall)`.",
            en="The box is not shaped as the task says: the walls on all four sides and the bottom"
            " should be 2 mm thick, and the top open. Make the inside `2 * wall` smaller in both"
            " width and depth, and move it with `.translate(wall, wall, wall)`.",
        )
model_holes(0)
model_fits_bed()
model_watertight()
