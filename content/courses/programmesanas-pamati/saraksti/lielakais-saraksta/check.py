from checks import *

returns("biggest", ([3, 8, 2],), 8)
returns("biggest", ([-5, -2, -9],), -2)
returns("biggest", ([10, 4, 7],), 10)
returns("biggest", ([1, 5, 2, 12],), 12)
returns("biggest", ([7],), 7)
returns("biggest", ([2.5, -1, 2.4],), 2.5)
same_as_solution(
    "biggest",
    cases=[([-3, -3, -8],), ([-40, -7, -12, -7],)],
    random_cases=lambda rng: ([rng.randint(-100, 100) for _ in range(rng.randint(1, 10))],),
)
avoids_call("max")
uses("loop")
