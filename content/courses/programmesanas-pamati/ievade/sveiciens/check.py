from checks import *

output_is(text(lv="Sveiki, Anna!", en="Hello, Anna!"), input=["Anna"])
output_is(text(lv="Sveiki, Jānis!", en="Hello, Jānis!"), input=["Jānis"])
output_is(text(lv="Sveiki, Ilze Kalniņa!", en="Hello, Ilze Kalniņa!"), input=["Ilze Kalniņa"])
uses_call("input")
