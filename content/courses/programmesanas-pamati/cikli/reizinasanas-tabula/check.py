from checks import *

output_is("\n".join(f"3 x {i} = {3 * i}" for i in range(1, 11)), input=["3"])
same_output_as_solution(inputs=[["7"], ["1"], ["12"], ["0"], ["-4"]])
uses("loop")
