from checks import *

returns("perimeter", (3, 4), 14)
returns("perimeter", (5, 5), 20)
returns("perimeter", (10, 1), 22)
returns("perimeter", (2.5, 1), 7.0)
same_as_solution(
    "perimeter",
    random_cases=lambda rng: (rng.randint(1, 50), rng.randint(1, 50)),
)
