from checks import *
import game as engine
import re

START = (0, 0, 4)


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def numbers(texts):
    """Every whole number the game's texts show."""
    return [int(number) for line in texts for number in re.findall(r"-?\d+", line)]


def says(texts, words):
    return any(word in line.casefold() for line in texts for word in words)


WON = ("uzvar", "win", "won")
LOST = ("beigusies", "beigas", "zaudēj", "game over", "you lose", "lost")


def shown_lv(texts):
    return ", ".join(f"„{line}”" for line in texts if line) or "nekas"


def shown_en(texts):
    return ", ".join(f'"{line}"' for line in texts if line) or "nothing"


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


def state(game):
    """(score, lives, player) when the game has them all, else None (and says what is missing)."""
    score = find(game, "punkti", "score")
    lives = find(game, "dzivibas", "lives")
    player = find(game, "speletajs", "player")
    if not game.ok:
        return None
    if not (isinstance(score, int) and isinstance(lives, int) and is_entity(player)):
        check(
            False,
            lv="Spēlē jābūt spēlētājam `speletajs` un skaitļiem `punkti` un `dzivibas`, kā sagatavē.",
            en="The game should have the player `player` and the numbers `score` and `lives`, as"
            " in the starter.",
        )
        return None
    return score, lives, player


def frames(start, end):
    return list(range(start, end))


# 1. Right along the first row: one piece of amber.
game, heard = play_listening(frames=66, keys={"right": 66})
found = state(game)
if found is not None:
    score, lives, player = found
    check(
        score == 1,
        lv=f"Ejot pa labi, spēlētājs paņem vienu dzintaru, tāpēc `punkti` jābūt 1, bet ir {score}.",
        en=f"Walking right, the player picks up one piece of amber, so `score` should be 1, but it"
        f" is {score}.",
    )
    if score == 1:
        check(
            1 in numbers(game.texts),
            lv=f"Pēc pirmā dzintara punktu tekstam jārāda 1, bet ekrānā ir: {shown_lv(game.texts)}.",
            en=f"After the first piece of amber the score text should show 1, but the screen says:"
            f" {shown_en(game.texts)}.",
        )
        check(
            "coin" in heard,
            lv="Paņemot dzintaru, jāatskan `play_sound(\"coin\")`.",
            en="Picking up amber should play `play_sound(\"coin\")`.",
        )
        left = find(game, "dzintari", "amber")
        check(
            not isinstance(left, list) or len(left) == 4,
            lv="Paņemtais dzintars jāizņem arī no saraksta `dzintari`: `dzintari.remove(dzintars)`.",
            en="The piece picked up should leave the list `amber` too: `amber.remove(piece)`.",
        )
    check(
        lives == 3,
        lv=f"Pirmajā rindā nav ne krabju, ne viļņu, tāpēc `dzivibas` jāpaliek 3, bet ir {lives}.",
        en=f"There are no crabs or waves in the first row, so `lives` should stay 3, but it is"
        f" {lives}.",
    )

# 2. Along the right edge, where no crab goes, into the sea: a wave takes a life.
game, heard = play_listening(frames=70, dt=0.05, keys={"right": frames(0, 22), "up": frames(22, 67)})
found = state(game)
if found is not None:
    score, lives, player = found
    check(
        lives == 2,
        lv=f"Spēlētājs iebrida jūrā (z < -7) vienu reizi, tāpēc `dzivibas` jābūt 2, bet ir {lives}.",
        en=f"The player waded into the sea (z < -7) once, so `lives` should be 2, but it is {lives}.",
    )
    place = player.position
    check(
        all(abs(p - s) < 0.3 for p, s in zip(place, START)),
        lv="Pēc viļņa spēlētājam jāatgriežas sākumā (0, 0, 4), bet tas ir vietā"
        f" ({place[0]:.1f}, {place[1]:.1f}, {place[2]:.1f}).",
        en="After a wave the player should go back to the start (0, 0, 4), but it is at"
        f" ({place[0]:.1f}, {place[1]:.1f}, {place[2]:.1f}).",
    )
    if lives == 2:
        check(
            2 in numbers(game.texts),
            lv=f"Pēc viļņa dzīvību tekstam jārāda 2, bet ekrānā ir: {shown_lv(game.texts)}.",
            en=f"After a wave the lives text should show 2, but the screen says:"
            f" {shown_en(game.texts)}.",
        )
        check(
            "hit" in heard,
            lv="Zaudējot dzīvību, jāatskan `play_sound(\"hit\")`.",
            en="Losing a life should play `play_sound(\"hit\")`.",
        )

# 3. Up into the first crab's lane, and wait there: the crab walks into the player.
game = play(frames=50, dt=0.05, keys={"up": 10})
found = state(game)
if found is not None:
    score, lives, player = found
    check(
        lives == 2,
        lv=f"Krabis uzskrēja spēlētājam vienu reizi, tāpēc `dzivibas` jābūt 2, bet ir {lives}."
        " Vai pēc sadursmes spēlētājs atgriežas sākumā (0, 0, 4)?",
        en=f"A crab ran into the player once, so `lives` should be 2, but it is {lives}. Does the"
        " player go back to the start (0, 0, 4) after the crash?",
    )

# 4. A path past every piece of amber that keeps clear of the crabs, then right a while longer.
path = {
    "left": frames(0, 22) + frames(84, 128),
    "right": frames(22, 66) + frames(144, 176),
    "up": frames(66, 84) + frames(128, 144),
}
game, heard = play_listening(frames=176, dt=0.05, keys=path)
found = state(game)
if found is not None:
    score, lives, player = found
    check(
        score == 5 and lives == 3,
        lv=f"Pa ceļu, kas iet garām krabjiem, spēlētājs savāc visus 5 dzintarus un nezaudē nevienu"
        f" dzīvību, bet beigās `punkti` ir {score} un `dzivibas` ir {lives}. Vai nemainīji"
        " dzintaru un krabju vietas?",
        en=f"On a path that keeps clear of the crabs, the player collects all 5 pieces of amber and"
        f" loses no lives, but in the end `score` is {score} and `lives` is {lives}. Did you"
        " move the amber or the crabs?",
    )
    if score == 5:
        check(
            says(game.texts, WON),
            lv=f"Kad visi dzintari savākti, tekstam jāsaka „Tu uzvarēji!”, bet ekrānā ir:"
            f" {shown_lv(game.texts)}.",
            en=f"When all the amber is collected, the text should say \"You win!\", but the screen"
            f" says: {shown_en(game.texts)}.",
        )
        wins = heard.count("win")
        check(
            wins == 1,
            lv=f"Uzvarot skaņai `\"win\"` jāatskan vienreiz, bet tā atskanēja {wins} reizes.",
            en=f"On winning, the sound `\"win\"` should play once, but it played {wins} times.",
        )
        # The last piece is taken near x = -0.8; right was held on for another half second.
        check(
            player.x < 0,
            lv="Pēc uzvaras spēlei jāapstājas, bet spēlētājs joprojām staigā (`beigas = True` un"
            " `update()` sākumā `if beigas: return`).",
            en="After a win the game should stop, but the player still walks (`game_over = True`,"
            " and `if game_over: return` at the start of `update()`).",
        )

# 5. Straight up for ten seconds, into the crabs and the sea, again and again.
game, heard = play_listening(frames=100, dt=0.1, keys={"up": 100})
found = state(game)
if found is not None:
    score, lives, player = found
    check(
        lives >= 0,
        lv=f"Kad dzīvību vairs nav, spēlei jābeidzas, bet `dzivibas` ir {lives}: spēle turpinājās"
        " arī pēc nulles. Ieliec `beigas = True`.",
        en=f"When there are no lives left the game should end, but `lives` is {lives}: the game"
        " went on past zero. Set `game_over = True`.",
    )
    check(
        lives <= 0,
        lv=f"Ejot taisni krabjiem un viļņiem virsū, 10 sekundēs jāzaudē visas 3 dzīvības, bet"
        f" `dzivibas` ir {lives}.",
        en=f"Walking straight into the crabs and the waves, all 3 lives should be lost within 10"
        f" seconds, but `lives` is {lives}.",
    )
    if lives == 0:
        check(
            says(game.texts, LOST),
            lv=f"Kad dzīvību vairs nav, tekstam jāsaka „Spēle beigusies!”, bet ekrānā ir:"
            f" {shown_lv(game.texts)}.",
            en=f"When there are no lives left, the text should say \"Game over!\", but the screen"
            f" says: {shown_en(game.texts)}.",
        )
        losses = heard.count("lose")
        check(
            losses == 1,
            lv=f"Zaudējot skaņai `\"lose\"` jāatskan vienreiz, bet tā atskanēja {losses} reizes.",
            en=f"On losing, the sound `\"lose\"` should play once, but it played {losses} times.",
        )
