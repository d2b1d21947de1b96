from checks import *

# Rounding to 3 places may differ in the last digit when the angle is worked out another way.
close = 0.0011


def rounded(points):
    try:
        return all(abs(v * 1000 - round(v * 1000)) < 1e-6 for point in points for v in point)
    except TypeError:
        return True  # not a list of pairs of numbers: the other checks say so


defines("circle_points", params=2)
points = call("circle_points", 7, 3)
check(
    not (isinstance(points, list) and points and isinstance(points[0], list)),
    lv="Katru punktu saliec apaļajās iekavās `(x, y)`, nevis kvadrātiekavās `[x, y]`.",
    en="Put each point in round brackets `(x, y)`, not square brackets `[x, y]`.",
)
returns("circle_points", (4, 1), [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)], tolerance=close)
returns(
    "circle_points",
    (6, 2),
    [(2.0, 0.0), (1.0, 1.732), (-1.0, 1.732), (-2.0, 0.0), (-1.0, -1.732), (1.0, -1.732)],
    tolerance=close,
)
returns("circle_points", (3, 10), [(10.0, 0.0), (-5.0, 8.66), (-5.0, -8.66)], tolerance=close)
returns("circle_points", (1, 5), [(5.0, 0.0)], tolerance=close)
same_as_solution(
    "circle_points",
    random_cases=lambda rng: (rng.randint(2, 12), rng.randint(1, 40)),
    tolerance=close,
)
check(
    rounded(points),
    lv="Noapaļo katru koordināti līdz trim cipariem aiz komata: `round(x, 3)`.",
    en="Round each coordinate to 3 decimal places: `round(x, 3)`.",
)
