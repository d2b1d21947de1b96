from checks import *

output_is(text(
    lv="1. maize\n2. piens\n3. āboli\n4. siers\n5. burkāni",
    en="1. bread\n2. milk\n3. apples\n4. cheese\n5. carrots",
))
uses("for")
items = ["maize", "piens", "āboli", "siers", "burkāni", "bread", "milk", "apples", "cheese", "carrots"]
check(
    all(source().count(item) <= 1 for item in items),
    lv="Pirkumus neraksti vēlreiz: izvadi tos no saraksta ar ciklu `for`.",
    en="Don't type the items again: print them from the list with a `for` loop.",
)
