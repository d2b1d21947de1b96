def season(month):
    if month == 12 or month <= 2:
        return "winter"
    elif month <= 6:
        return "spring"
    elif month <= 9:
        return "summer"
    else:
        return "autumn"
