from checks import *


def countdown(n):
    numbers = "".join(f"{i}\n" for i in range(n, 0, -1))
    return text(lv=numbers + "Starts!", en=numbers + "Lift-off!")


for n in [5, 3, 1, 10]:
    output_is(countdown(n), input=[str(n)])
uses("while")
