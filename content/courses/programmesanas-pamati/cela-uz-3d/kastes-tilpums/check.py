from checks import *

defines("volume", params=3)
returns("volume", (10, 5, 2), 100)
returns("volume", (2.5, 4, 3), 30.0)
returns("volume", (1.5, 2, 4), 12.0)
returns("volume", (1, 1, 1), 1)
returns("volume", (3, 7, 11), 231)
same_as_solution(
    "volume",
    random_cases=lambda rng: (rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 30)),
)
