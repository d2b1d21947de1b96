from checks import *

output_is("9", input=["4", "9"])
output_is("12", input=["12", "5"])
output_is("6", input=["6", "6"])
output_is("-3", input=["-3", "-10"])
output_is("0", input=["-7", "0"])
same_output_as_solution(inputs=[["100", "99"], ["8", "80"], ["-5", "-5"]])
uses("if")
avoids_call("max")
