from checks import *
import game as engine
import re


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def numbers(texts):
    """Every whole number the game's texts show."""
    return [int(number) for line in texts for number in re.findall(r"-?\d+", line)]


def shown_lv(texts):
    return ", ".join(f"„{line}”" for line in texts) if texts else "nekas"


def shown_en(texts):
    return ", ".join(f'"{line}"' for line in texts) if texts else "nothing"


# Right for 100 frames: the player walks over all four pieces of amber, far from the crab.
game = play(frames=100, keys={"right": 100})
if game.ok:
    score = find(game, "punkti", "score")
    lives = find(game, "dzivibas", "lives")
    check(
        isinstance(score, int) and isinstance(lives, int),
        lv="Spēlē jābūt skaitļiem `punkti` un `dzivibas`.",
        en="The game should keep the numbers `score` and `lives`.",
    )
    if isinstance(score, int) and isinstance(lives, int):
        check(
            score == 4,
            lv=f"Spēlētājs savāca visus 4 dzintarus, tāpēc `punkti` jābūt 4, bet ir {score}.",
            en=f"The player collected all 4 pieces of amber, so `score` should be 4, but it is"
            f" {score}.",
        )
        check(
            4 in numbers(game.texts),
            lv=f"Pēc 4 dzintariem punktu tekstam jārāda 4, bet ekrānā ir: {shown_lv(game.texts)}.",
            en=f"After 4 pieces of amber the score text should show 4, but the screen says:"
            f" {shown_en(game.texts)}.",
        )
        check(
            lives == 3,
            lv=f"Spēlētājs krabim nepieskārās, tāpēc `dzivibas` jāpaliek 3, bet ir {lives}.",
            en=f"The player never touched the crab, so `lives` should stay 3, but it is {lives}.",
        )
        # Left for 40 frames: the player meets the crab once, goes back to the start, walks on.
        game = play(frames=40, keys={"left": 40})
        if game.ok:
            score = find(game, "punkti", "score")
            lives = find(game, "dzivibas", "lives")
            check(
                lives == 2,
                lv=f"Spēlētājs uzskrēja krabim vienu reizi, tāpēc `dzivibas` jābūt 2, bet ir {lives}."
                " Vai pēc sadursmes spēlētājs atgriežas sākumā, vietā (0, 0, 0)?",
                en=f"The player ran into the crab once, so `lives` should be 2, but it is {lives}."
                " Does the player go back to the start, at (0, 0, 0), after the crash?",
            )
            if lives == 2:
                check(
                    2 in numbers(game.texts),
                    lv=f"Pēc sadursmes ar krabi dzīvību tekstam jārāda 2, bet ekrānā ir:"
                    f" {shown_lv(game.texts)}.",
                    en=f"After running into the crab the lives text should show 2, but the screen"
                    f" says: {shown_en(game.texts)}.",
                )
            check(
                score == 0,
                lv=f"Šoreiz neviens dzintars netika savākts, tāpēc `punkti` jābūt 0, bet ir {score}.",
                en=f"No amber was collected this time, so `score` should be 0, but it is {score}.",
            )
