from checks import *

output_is(text(lv="Fārenheita grādos: 77.0", en="In Fahrenheit: 77.0"))

numbers, in_texts = numbers_in_code()
check(
    25 in run().variables.values() and numbers.count(25) <= 1,
    lv="Temperatūru glabā mainīgajā `celsijs = 25` un formulā izmanto to, nevis skaitli 25.",
    en="Keep the temperature in the variable `celsius = 25` and use it in the formula, not the number 25.",
)
check(
    77 not in numbers + in_texts,
    lv="Neraksti gatavu skaitli 77: lai programma to aprēķina pēc formulas.",
    en="Don't type 77 yourself: let the program calculate it with the formula.",
)
