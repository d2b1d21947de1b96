from checks import *

for name in ["Anna", "Jānis", "Sam", "Ēriks", "Katrīna"]:
    returns("greet", (name,), text(lv=f"Sveiki, {name}!", en=f"Hello, {name}!"))
