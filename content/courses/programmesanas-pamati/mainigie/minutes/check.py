from checks import *

output_is("2 h 15 min")

numbers, in_texts = numbers_in_code()
check(
    135 in run().variables.values() and numbers.count(135) <= 1,
    lv="Minūtes glabā mainīgajā `minutes = 135` un aprēķinos izmanto to, nevis skaitli 135.",
    en="Keep the minutes in the variable `minutes = 135` and use it in calculations, not the number 135.",
)
check(
    2 not in numbers + in_texts and 15 not in numbers + in_texts,
    lv="Neraksti gatavus skaitļus 2 un 15: lai programma tos aprēķina no mainīgā `minutes`.",
    en="Don't type 2 and 15 yourself: let the program calculate them from `minutes`.",
)
check(
    uses_operator("//") and uses_operator("%"),
    lv="Izmanto abas dalīšanas zīmes: `//` pilnajām stundām un `%` atlikušajām minūtēm.",
    en="Use both kinds of division: `//` for the whole hours and `%` for the minutes left over.",
)
