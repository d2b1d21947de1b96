from checks import *

returns("average", ([2, 4, 5],), 3.7)
returns("average", ([-3, -1, 0, 2],), -0.5)
returns("average", ([20],), 20)
returns("average", ([5, 6, 8, 3, 1, 0, -2],), 3.0)
returns("average", ([1.5, 2.5, 4.2, -3],), 1.3)
same_as_solution(
    "average",
    random_cases=lambda rng: ([rng.randint(-15, 30) for _ in range(rng.randint(1, 10))],),
)
same_as_solution(
    "average",
    random_cases=lambda rng: ([round(rng.uniform(-10, 25), 1) for _ in range(rng.randint(2, 8))],),
)
