from checks import *

output_is("7", input=["3", "4"])
output_is("0", input=["-5", "5"])
same_output_as_solution(inputs=[["10", "-2"], ["123", "877"], ["0", "0"]])
uses_call("int")
