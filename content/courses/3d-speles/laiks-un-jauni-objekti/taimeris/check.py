from checks import *
import game as engine
import re


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def numbers(texts):
    """Every whole number the game's texts show."""
    return [int(number) for line in texts for number in re.findall(r"-?\d+", line)]


def over(texts):
    """Whether a text says the game is over, in either language."""
    words = ("beigusies", "beigas", "beidzies", "game over", "time's up", "time is up")
    return any(word in line.casefold() for line in texts for word in words)


def shown_lv(texts):
    return ", ".join(f"„{line}”" for line in texts) if texts else "nekas"


def shown_en(texts):
    return ", ".join(f'"{line}"' for line in texts) if texts else "nothing"


def play_listening(**options):
    """play(...), and the names of the sounds the game played."""
    heard = []
    real = engine.play_sound

    def listen(name):
        heard.append(str(name).strip().lower())
        return real(name)

    engine.play_sound = listen
    try:
        return play(**options), heard
    finally:
        engine.play_sound = real


# 2.5 seconds at 60 frames a second: 7.5 seconds left.
game = play(frames=150)
if game.ok:
    check(
        {7, 8} & set(numbers(game.texts)) and not over(game.texts),
        lv=f"Pēc 2,5 sekundēm atlikušas 7,5 sekundes, tāpēc tekstam jārāda 7, bet ekrānā ir:"
        f" {shown_lv(game.texts)}. Atlikušo laiku aprēķini katrā kadrā ar `10 - time.elapsed`.",
        en=f"After 2.5 seconds there are 7.5 seconds left, so the text should show 7, but the"
        f" screen says: {shown_en(game.texts)}. Work out the time left in every frame with"
        " `10 - time.elapsed`.",
    )
    # 9.5 seconds at 10 frames a second (a slow computer): not over yet.
    game = play(frames=95, dt=0.1)
    if game.ok:
        check(
            {0, 1} & set(numbers(game.texts)) and not over(game.texts),
            lv=f"Pēc 9,5 sekundēm (lēnā datorā, 10 kadri sekundē) spēle vēl nav beigusies, un"
            f" tekstam jārāda 0, bet ekrānā ir: {shown_lv(game.texts)}. Laiku skaiti ar"
            " `time.elapsed`, nevis kadros.",
            en=f"After 9.5 seconds (on a slow computer, 10 frames a second) the game isn't over"
            f" yet and the text should show 0, but the screen says: {shown_en(game.texts)}. Count"
            " the time with `time.elapsed`, not in frames.",
        )
    # 11 seconds: right for the first second, and again after the end.
    keys = {"right": list(range(0, 10)) + list(range(105, 110))}
    game, heard = play_listening(frames=110, dt=0.1, keys=keys)
    player = find(game, "speletajs", "player")
    if game.ok:
        check(
            over(game.texts),
            lv=f"Pēc 10 sekundēm tekstā jābūt „Spēle beigusies!”, bet ekrānā ir:"
            f" {shown_lv(game.texts)}.",
            en=f"After 10 seconds the text should say \"Game over!\", but the screen says:"
            f" {shown_en(game.texts)}.",
        )
        losses = heard.count("lose")
        check(
            losses == 1,
            lv="Kad laiks beidzies, skaņai `\"lose\"` jāatskan tieši vienreiz, bet tā atskanēja"
            f" {losses} reizes. Kad laiks beidzies, ieliec `beigas = True`, un funkcijas `update()`"
            " sākumā raksti `if beigas: return`.",
            en=f"When the time is up, the sound `\"lose\"` should play exactly once, but it played"
            f" {losses} times. When the time is up, set `game_over = True`, and start `update()`"
            " with `if game_over: return`.",
        )
    if game.ok and is_entity(player):
        check(
            abs(player.x - 5) < 0.6,
            lv="Kad spēle beigusies, spēlētājs vairs nedrīkst kustēties. Bultiņa pa labi bija"
            " nospiesta pirmajā sekundē un vēlreiz pēc beigām, tāpēc spēlētājam jābūt vietā"
            f" x = 5, bet tas ir vietā x = {player.x:.2f}.",
            en="Once the game is over, the player must not move any more. The right arrow was held"
            " in the first second and again after the end, so the player should be at x = 5,"
            f" but it is at x = {player.x:.2f}.",
        )
