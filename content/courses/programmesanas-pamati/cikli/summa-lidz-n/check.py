from checks import *

returns("total", (5,), 15)
returns("total", (1,), 1)
returns("total", (0,), 0)
returns("total", (10,), 55)
returns("total", (100,), 5050)
same_as_solution("total", random_cases=lambda rng: rng.randint(2, 300))
uses("loop")
avoids_call("sum")
