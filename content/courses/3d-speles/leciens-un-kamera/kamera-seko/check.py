from checks import *
import game as engine

OFFSET = (0, 4, 10)


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def shown(point):
    return "(" + ", ".join(f"{value:.1f}" for value in point) + ")"


def finished(texts):
    return any(word in line.casefold() for line in texts for word in ("finiš", "finis", "finish"))


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


def camera_check(game, when_lv, when_en):
    """The camera stands OFFSET from the player and looks at it; False when it does not."""
    player = find(game, "speletajs", "player")
    if not is_entity(player):
        check(
            False,
            lv="Spēlētājam jābūt vienībai mainīgajā `speletajs`.",
            en="The player should be an entity in the variable `player`.",
        )
        return False
    place = player.position
    # The game's camera, read right after the play (it is the game just played).
    position = engine.camera.position
    target = engine.camera.target
    relative = [c - p for c, p in zip(position, place)]
    behind = all(abs(r - o) < 0.05 for r, o in zip(relative, OFFSET))
    check(
        behind,
        lv=f"{when_lv} kamerai jābūt vietā {shown(p + o for p, o in zip(place, OFFSET))}: 4"
        f" vienības virs spēlētāja un 10 aiz tā. Bet kamera ir vietā {shown(position)}, un"
        f" spēlētājs ir vietā {shown(place)}. Lieto `camera.follow(speletajs, offset=(0, 4, 10))`.",
        en=f"{when_en} the camera should be at {shown(p + o for p, o in zip(place, OFFSET))}: 4"
        f" units above the player and 10 behind it. But the camera is at {shown(position)}, and"
        f" the player is at {shown(place)}. Use `camera.follow(player, offset=(0, 4, 10))`.",
    )
    if behind:
        check(
            all(abs(t - p) < 0.05 for t, p in zip(target, place)),
            lv=f"{when_lv} kamerai jāskatās uz spēlētāju {shown(place)}, bet tā skatās uz"
            f" {shown(target)}.",
            en=f"{when_en} the camera should look at the player at {shown(place)}, but it looks"
            f" at {shown(target)}.",
        )
    return behind


game = play(frames=1)
if game.ok and camera_check(game, "Spēles sākumā", "At the start"):
    game = play(frames=60, keys={"up": 60, "right": range(20, 30)})
    if game.ok:
        camera_check(game, "Kad spēlētājs pagājis uz priekšu,", "When the player has walked on,")
# Six seconds up, ten frames a second: past the lighthouse at z = -40.
game, heard = play_listening(frames=60, dt=0.1, keys={"up": 60})
if game.ok:
    check(
        finished(game.texts),
        lv="Kad spēlētājs ir tālāk par z = -40, tekstā jābūt „Finišs!”, bet ekrānā ir: "
        + ", ".join(f"„{line}”" for line in game.texts) + ".",
        en="When the player is past z = -40, the text should say \"Finish!\", but the screen says: "
        + ", ".join(f'"{line}"' for line in game.texts) + ".",
    )
    wins = heard.count("win")
    check(
        wins == 1,
        lv=f"Finišā skaņai `\"win\"` jāatskan vienreiz, bet tā atskanēja {wins} reizes.",
        en=f"At the finish the sound `\"win\"` should play once, but it played {wins} times.",
    )
