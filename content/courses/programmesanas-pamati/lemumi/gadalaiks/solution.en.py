def season(month):
    if month == 12 or month <= 2:
        return "winter"
    elif month <= 5:
        return "spring"
    elif month <= 8:
        return "summer"
    else:
        return "autumn"


print(season(4))
