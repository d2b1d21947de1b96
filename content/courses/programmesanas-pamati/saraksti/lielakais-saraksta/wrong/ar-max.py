def biggest(skaitli):
    return max(skaitli)
