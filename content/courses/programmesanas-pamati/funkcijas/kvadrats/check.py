from checks import *

returns("square", (3,), 9)
returns("square", (-4,), 16)
returns("square", (0,), 0)
returns("square", (1.5,), 2.25)
same_as_solution("square", random_cases=lambda rng: (rng.randint(-50, 50),))
