from checks import *

returns("grade", (90,), 9)
returns("grade", (100,), 10)
returns("grade", (0,), 1)
# Both ends of every row of the table.
for low, high, mark in [
    (95, 100, 10), (85, 94, 9), (75, 84, 8), (65, 74, 7), (55, 64, 6),
    (45, 54, 5), (35, 44, 4), (25, 34, 3), (15, 24, 2), (0, 14, 1),
]:
    returns("grade", (low,), mark)
    returns("grade", (high,), mark)
same_as_solution("grade", random_cases=lambda rng: rng.randint(0, 100), count=20)
uses("if")
