from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def shown(point):
    return "(" + ", ".join(f"{value:.1f}" for value in point) + ")"


# Each arrow held for 20 frames: which way the player should have gone.
ARROWS = [
    ("right", "pa labi", "x", +1, "x jāpalielinās", "x should grow"),
    ("left", "pa kreisi", "x", -1, "x jāsamazinās", "x should get smaller"),
    ("up", "uz augšu", "z", -1, "z jāsamazinās (prom no tevis)", "z should get smaller (away from you)"),
    ("down", "uz leju", "z", +1, "z jāpalielinās (tuvāk tev)", "z should grow (towards you)"),
]

still = play(frames=20)
if still.ok:
    player = find(still, "speletajs", "player")
    check(
        is_entity(player),
        lv="Spēlētājam jābūt vienībai mainīgajā `speletajs`.",
        en="The player should be an entity in the variable `player`.",
    )
    if is_entity(player):
        place = player.position
        check(
            all(abs(value) < 0.01 for value in place),
            lv=f"Kad neviena bultiņa nav nospiesta, spēlētājam jāstāv vietā (0, 0, 0), bet tas"
            f" aizgāja uz {shown(place)}.",
            en=f"With no arrow held, the player should stay at (0, 0, 0), but it went to"
            f" {shown(place)}.",
        )
        for key, lv_name, axis, sign, lv_way, en_way in ARROWS:
            game = play(frames=20, keys={key: 20})
            if not game.ok:
                break
            player = find(game, "speletajs", "player")
            if not is_entity(player):
                break
            place = player.position
            moved = place[0 if axis == "x" else 2] * sign
            others = [place[i] for i, name in enumerate("xyz") if name != axis]
            check(
                moved > 0.5 and all(abs(value) < 0.01 for value in others),
                lv=f"Kad tur bultiņu {lv_name}, {lv_way}, bet pārējām koordinātām jāpaliek 0. Pēc"
                f" 20 kadriem spēlētājs ir vietā {shown(place)}.",
                en=f"While the {key} arrow is held, {en_way}, and the other coordinates should stay"
                f" 0. After 20 frames the player is at {shown(place)}.",
            )
