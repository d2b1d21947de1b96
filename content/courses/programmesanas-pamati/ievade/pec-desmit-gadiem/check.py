from checks import *

output_is(text(lv="Pēc 10 gadiem tev būs 23.", en="In 10 years you will be 23."), input=["13"])
output_is(text(lv="Pēc 10 gadiem tev būs 17.", en="In 10 years you will be 17."), input=["7"])
same_output_as_solution(inputs=[["0"], ["42"], ["99"]])
uses_call("int")
