from checks import *

example = [(0, 0), (10, 0), (20, 0), (0, 10), (10, 10), (20, 10)]


def same_positions(result, expected):
    try:
        return sorted(result) == sorted(expected)
    except TypeError:
        return False


defines("grid", params=3)
result = call("grid", 2, 3, 10)
check(
    not (isinstance(result, list) and result and isinstance(result[0], list)),
    lv="Katru vietu saliec apaļajās iekavās `(x, y)`, nevis kvadrātiekavās `[x, y]`.",
    en="Put each position in round brackets `(x, y)`, not square brackets `[x, y]`.",
)
check(
    result == example or not same_positions(result, example),
    lv="Vietas ir pareizas, bet secība nav: vispirms visa pirmā rinda (`y` ir 0), tad otrā.",
    en="The positions are right but the order isn't: the whole first row (`y` is 0) first, then the second.",
)
returns("grid", (2, 3, 10), example)
returns("grid", (1, 1, 5), [(0, 0)])
returns("grid", (3, 1, 2), [(0, 0), (0, 2), (0, 4)])
returns("grid", (1, 4, 3), [(0, 0), (3, 0), (6, 0), (9, 0)])
returns("grid", (2, 2, 1.5), [(0, 0), (1.5, 0), (0, 1.5), (1.5, 1.5)])
same_as_solution(
    "grid",
    random_cases=lambda rng: (rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 20)),
)
