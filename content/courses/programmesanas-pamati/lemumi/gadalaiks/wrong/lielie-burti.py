def season(month):
    if month == 12 or month <= 2:
        return "Ziema"
    elif month <= 5:
        return "Pavasaris"
    elif month <= 8:
        return "Vasara"
    else:
        return "Rudens"
