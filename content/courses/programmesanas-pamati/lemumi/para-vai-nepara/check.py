from checks import *

even = text(lv="Pāra skaitlis", en="Even")
odd = text(lv="Nepāra skaitlis", en="Odd")

output_is(odd, input=["7"])
output_is(even, input=["10"])
output_is(even, input=["0"])
output_is(odd, input=["1"])
output_is(odd, input=["-3"])
output_is(even, input=["-8"])
output_is(even, input=["2026"])
uses("if")
