from checks import *

output_is(text(lv="Laukums: 35\nPerimetrs: 24", en="Area: 35\nPerimeter: 24"))

numbers, in_texts = numbers_in_code()
values = list(run().variables.values())
check(
    7 in values and 5 in values,
    lv="Platumam un augstumam jābūt mainīgajos: `platums = 7` un `augstums = 5`.",
    en="Keep the width and the height in variables: `width = 7` and `height = 5`.",
)
check(
    35 not in numbers + in_texts and 24 not in numbers + in_texts,
    lv="Neraksti gatavus skaitļus 35 un 24: lai programma tos aprēķina no mainīgajiem `platums` un `augstums`.",
    en="Don't type 35 and 24 yourself: let the program calculate them from `width` and `height`.",
)
check(
    numbers.count(7) <= 1 and numbers.count(5) <= 1,
    lv="Aprēķinos izmanto mainīgos `platums` un `augstums`, nevis raksti skaitļus 7 un 5 vēlreiz.",
    en="Use the variables `width` and `height` in your calculations instead of typing 7 and 5 again.",
)
