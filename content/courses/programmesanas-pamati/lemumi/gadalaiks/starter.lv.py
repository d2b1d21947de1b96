def season(month):
    # Atgriez gadalaiku, piemēram: return "ziema"
    return "ziema"


print(season(4))
