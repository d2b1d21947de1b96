def average(temperaturas):
    return round(sum(temperaturas) / len(temperaturas))
