from checks import *

# numbers=False: "5.0" must not pass for "5.00".
output_is(text(lv="Kopā: 5.00 EUR", en="Total: 5.00 EUR"), numbers=False)
uses("fstring")

numbers, in_texts = numbers_in_code()
values = list(run().variables.values())
check(
    1.25 in values and 4 in values,
    lv="Cenai un daudzumam jābūt mainīgajos: `cena = 1.25` un `daudzums = 4`.",
    en="Keep the price and the quantity in variables: `price = 1.25` and `quantity = 4`.",
)
check(
    5 not in numbers + in_texts,
    lv="Neraksti gatavu summu: lai programma to aprēķina no mainīgajiem `cena` un `daudzums`.",
    en="Don't type the total yourself: let the program calculate it from `price` and `quantity`.",
)
check(
    numbers.count(1.25) <= 1 and numbers.count(4) <= 1,
    lv="Aprēķinā izmanto mainīgos `cena` un `daudzums`, nevis raksti skaitļus vēlreiz.",
    en="Use the variables `price` and `quantity` in the calculation instead of typing the numbers again.",
)
