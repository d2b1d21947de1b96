from checks import *

zero = text(lv="Ar nulli dalīt nevar!", en="You can't divide by zero!")
unknown = text(lv="Nezināma darbība!", en="Unknown operator!")

output_is("42", input=["7", "*", "6"])
output_is("5.5", input=["2.5", "+", "3"])
output_is("-6", input=["4", "-", "10"])
output_is("3.5", input=["7", "/", "2"])
output_is(zero, input=["5", "/", "0"])
output_is(unknown, input=["5", "%", "2"])
output_is(unknown, input=["3", "x", "3"])
same_output_as_solution(
    inputs=[
        ["10", "/", "4"],
        ["0", "/", "4"],
        ["5", "*", "0"],
        ["8", "+", "0"],
        ["6", "-", "0"],
        ["-3", "*", "-3"],
        ["1.5", "-", "0.5"],
        ["100", "+", "-250"],
        ["-9", "/", "0.5"],
    ]
)
uses_call("float")
