from checks import *
import ast
import re


def numbers_in_code():
    """The numbers the code types in: (as numbers, inside texts)."""
    numbers, in_texts = [], []
    for node in ast.walk(ast.parse(source())):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            numbers.append(node.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for number in re.findall(r"\d+(?:[.,]\d+)?", node.value):
                in_texts.append(float(number.replace(",", ".")))
    return numbers, in_texts


def uses_operator(name):
    return any(
        isinstance(node, ast.BinOp) and type(node.op).__name__ == name
        for node in ast.walk(ast.parse(source()))
    )


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
    uses_operator("FloorDiv") and uses_operator("Mod"),
    lv="Izmanto abas dalīšanas zīmes: `//` pilnajām stundām un `%` atlikušajām minūtēm.",
    en="Use both kinds of division: `//` for the whole hours and `%` for the minutes left over.",
)
