def season(month):
    if month == 12 or month <= 2:
        return "ziema"
    elif month <= 5:
        return "pavasaris"
    elif month <= 8:
        return "vasara"
    else:
        return "rudens"


print(season(4))
