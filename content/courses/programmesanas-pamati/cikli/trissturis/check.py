from checks import *

output_is("*\n**\n***", input=["3"])
same_output_as_solution(inputs=[["4"], ["1"], ["7"]])
uses("loop")
