from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def where(key, frames, fps):
    """The player's (x, z) after holding `key` for `frames` frames at `fps` frames a second."""
    game = play(frames=frames, keys={key: frames}, dt=1 / fps)
    player = find(game, "speletajs", "player")
    if not game.ok or not is_entity(player):
        return None
    return player.x, player.z


# Right for one second, on a fast computer (60 frames a second) and on a slow one (30).
fast = where("right", 60, 60)
slow = where("right", 30, 30) if fast is not None else None
if fast is None and slow is None:
    check(
        False,
        lv="Spēlētājam jābūt vienībai mainīgajā `speletajs`.",
        en="The player should be an entity in the variable `player`.",
    )
if fast is not None and slow is not None:
    check(
        abs(fast[0] - slow[0]) < 0.1,
        lv=f"Ar bultiņu pa labi vienā sekundē spēlētājs ātrā datorā (60 kadri sekundē) noiet"
        f" {fast[0]:.2f}, bet lēnā (30 kadri sekundē) {slow[0]:.2f}. Reizini ātrumu ar `time.dt`,"
        " lai abos būtu vienādi.",
        en=f"With the right arrow, in one second the player covers {fast[0]:.2f} on a fast computer"
        f" (60 frames a second) but {slow[0]:.2f} on a slow one (30 frames a second). Multiply the"
        " speed by `time.dt` so that both are the same.",
    )
    if abs(fast[0] - slow[0]) < 0.1:
        check(
            abs(fast[0] - 5) < 0.1,
            lv=f"Ar bultiņu pa labi spēlētājam sekundē jānoiet 5 vienības (`atrums`), bet tas"
            f" noiet {fast[0]:.2f}.",
            en=f"With the right arrow the player should cover 5 units (`speed`) a second, but it"
            f" covers {fast[0]:.2f}.",
        )

# The other arrows, each at another frame rate: (key, frames, frames a second, expected x and z).
OTHERS = [
    ("left", "pa kreisi", 15, 30, (-2.5, 0)),
    ("up", "uz augšu", 20, 20, (0, -5)),
    ("down", "uz leju", 30, 60, (0, 2.5)),
]
if fast is not None:
    for key, lv_name, frames, fps, (x, z) in OTHERS:
        place = where(key, frames, fps)
        if place is None:
            break
        seconds = frames / fps
        check(
            abs(place[0] - x) < 0.1 and abs(place[1] - z) < 0.1,
            lv=f"Turot bultiņu {lv_name} {seconds:g} s (pie {fps} kadriem sekundē), spēlētājam"
            f" jānonāk vietā x = {x:g}, z = {z:g}, bet tas ir vietā x = {place[0]:.2f},"
            f" z = {place[1]:.2f}.",
            en=f"Holding the {key} arrow for {seconds:g} s (at {fps} frames a second), the player"
            f" should end up at x = {x:g}, z = {z:g}, but it is at x = {place[0]:.2f},"
            f" z = {place[1]:.2f}.",
        )
