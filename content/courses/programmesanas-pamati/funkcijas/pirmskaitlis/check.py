from checks import *

returns("is_prime", (7,), True)
returns("is_prime", (9,), False)
returns("is_prime", (1,), False)
returns("is_prime", (2,), True)
returns("is_prime", (4,), False)
returns("is_prime", (97,), True)
returns("is_prime", (91,), False)
same_as_solution(
    "is_prime",
    cases=list(range(1, 101)),
    random_cases=lambda rng: (rng.randint(100, 2000),),
    count=20,
)
