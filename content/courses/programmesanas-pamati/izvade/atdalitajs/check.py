import ast

from checks import *

output_is("24.11.2026", numbers=False)

calls = [node for node in ast.walk(ast.parse(source())) if isinstance(node, ast.Call)]
gives_sep = any(keyword.arg == "sep" for call in calls for keyword in call.keywords)
check(
    "24.11" not in source() and gives_sep,
    lv="Iedod `print` trīs skaitļus un atdalītāju `sep`, nevis gatavu tekstu.",
    en="Give `print` three numbers and a separator `sep`, not a ready-made string.",
)
