from checks import *

cases = {
    "lv": [
        ("Šodien ir saulaina diena", 4),
        ("  Sveika,   pasaule!  ", 2),
        ("Python", 1),
        ("", 0),
        ("     ", 0),
        ("Es   mācos  programmēt ", 3),
    ],
    "en": [
        ("It is a sunny day", 5),
        ("  Hello,   world!  ", 2),
        ("Python", 1),
        ("", 0),
        ("     ", 0),
        ("I   am learning  to code ", 5),
    ],
}
for sentence, count in cases[lang]:
    returns("word_count", (sentence,), count)

words = ["kaķis", "suns", "māja", "cat", "dog", "house", "3D", "Python"]


def random_sentence(rng):
    sentence = " " * rng.randint(0, 2)
    for _ in range(rng.randint(0, 7)):
        sentence = sentence + rng.choice(words) + " " * rng.randint(1, 3)
    return (sentence,)


same_as_solution("word_count", random_cases=random_sentence)
