from checks import *

output_is(text(lv="Vidējā atzīme: 8.3", en="Average grade: 8.3"))
uses_call("round")

numbers, in_texts = numbers_in_code()
values = list(run().variables.values())
check(
    all(grade in values for grade in (8, 7, 10)),
    lv="Atzīmēm jābūt mainīgajos: `atzime1 = 8`, `atzime2 = 7` un `atzime3 = 10`.",
    en="Keep the grades in variables: `grade1 = 8`, `grade2 = 7` and `grade3 = 10`.",
)
check(
    8.3 not in numbers + in_texts and 25 not in numbers + in_texts,
    lv="Neraksti gatavu atbildi: lai programma vidējo aprēķina no mainīgajiem.",
    en="Don't type the answer yourself: let the program calculate the average from the variables.",
)
check(
    all(numbers.count(grade) <= 1 for grade in (8, 7, 10)),
    lv="Aprēķinā izmanto mainīgos, nevis raksti atzīmes vēlreiz kā skaitļus.",
    en="Use the variables in the calculation instead of typing the grades again as numbers.",
)
