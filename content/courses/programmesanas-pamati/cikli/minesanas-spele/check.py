from checks import *


def game(guesses):
    """What the game prints for these guesses (the last one is 7)."""
    lv, en = [], []
    for guess in guesses[:-1]:
        lv.append("Par maz!" if guess < 7 else "Par daudz!")
        en.append("Too low!" if guess < 7 else "Too high!")
    lv.append(f"Pareizi! Mēģinājumu skaits: {len(guesses)}")
    en.append(f"Correct! Number of tries: {len(guesses)}")
    return text(lv="\n".join(lv), en="\n".join(en))


for guesses in [
    [5, 9, 7],
    [7],
    [1, 2, 3, 7],
    [10, 8, 7],
    [50, 6, 8, 0, -3, 7],
]:
    output_is(game(guesses), input=[str(guess) for guess in guesses])
