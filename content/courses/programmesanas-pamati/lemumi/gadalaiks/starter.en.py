def season(month):
    # Return the season, for example: return "winter"
    return "winter"


print(season(4))
