from checks import *

line = "=" * 20
output_is(f"{line}\nDARBNĪCA\n{line}")
check(
    "*" in source(),
    lv="Līniju uzraksti kā `\"=\" * 20`, nevis skaitot zīmes.",
    en="Write the line as `\"=\" * 20` instead of counting the characters.",
)
