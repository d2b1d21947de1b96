from checks import *

output_is(text(lv="Sveika, pasaule!", en="Hello, world!"))
uses_call("print")
