from checks import *

output_is("24.11.2026", numbers=False)
check(
    "24.11" not in source() and "sep" in source(),
    lv="Iedod `print` trīs skaitļus un atdalītāju `sep`, nevis gatavu tekstu.",
    en="Give `print` three numbers and a separator `sep`, not a ready-made text.",
)
