from checks import *

output_is(text(lv="Katrs saņem: 2\nPāri paliek: 2", en="Each person gets: 2\nLeft over: 2"), input=["8", "3"])
output_is(text(lv="Katrs saņem: 3\nPāri paliek: 0", en="Each person gets: 3\nLeft over: 0"), input=["12", "4"])
same_output_as_solution(inputs=[["5", "7"], ["100", "6"], ["1", "1"]])
uses_call("int")
