from checks import *

winter = text(lv="ziema", en="winter")
spring = text(lv="pavasaris", en="spring")
summer = text(lv="vasara", en="summer")
autumn = text(lv="rudens", en="autumn")

seasons = [winter, winter, spring, spring, spring, summer,
           summer, summer, autumn, autumn, autumn, winter]
for month in range(1, 13):
    returns("season", (month,), seasons[month - 1])
