from checks import *

defines("calculate", params=3)
returns("calculate", (2, "+", 3), 5)
returns("calculate", (10, "-", 4), 6)
returns("calculate", (7, "*", 6), 42)
returns("calculate", (1, "/", 4), 0.25)
returns("calculate", (2.5, "+", 0.5), 3.0)
returns("calculate", (5, "/", 0), None)
returns("calculate", (0, "/", 5), 0)
returns("calculate", (5, "*", 0), 0)
returns("calculate", (5, "-", 0), 5)
returns("calculate", (5, "%", 2), None)
returns("calculate", (5, "plus", 2), None)
same_as_solution(
    "calculate",
    random_cases=lambda rng: (
        rng.randint(-20, 20),
        rng.choice(["+", "-", "*", "/", "/", "x"]),
        rng.randint(-4, 4),
    ),
    count=25,
)
