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
