from checks import *

returns("positives", ([3, -1, 0, 5, -7, 2],), [3, 5, 2])
returns("positives", ([-4, -8],), [])
returns("positives", ([0, 1, 0, 2],), [1, 2])
returns("positives", ([6, 6, 1],), [6, 6, 1])
returns("positives", ([],), [])
returns("positives", ([-0.5, 0.5, 7],), [0.5, 7])
same_as_solution(
    "positives",
    random_cases=lambda rng: ([rng.randint(-20, 20) for _ in range(rng.randint(0, 10))],),
)
uses_call("append")
