from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def rgb(entity):
    colour = entity.color
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def near(actual, wanted, tolerance=0.01):
    return all(abs(a - w) <= tolerance for a, w in zip(actual, wanted))


def shown(point):
    return "(" + ", ".join(f"{value:g}" for value in point) + ")"


game = play(frames=1)
if game.ok:
    player = find(game, "speletajs", "player")
    coin = find(game, "monete", "coin")
    check(
        is_entity(player),
        lv="Spēlētājam jābūt vienībai mainīgajā `speletajs`: `speletajs = Entity(...)`.",
        en="The player should be an entity in the variable `player`: `player = Entity(...)`.",
    )
    if is_entity(player):
        place = player.position
        check(
            near(place, (-3, 0, 0)),
            lv=f"Spēlētājam jāstāv vietā (-3, 0, 0), bet tas ir vietā {shown(place)}.",
            en=f"The player should stand at (-3, 0, 0), but it is at {shown(place)}.",
        )
        r, g, b = rgb(player)
        check(
            r >= 180 and 60 <= g <= 200 and b <= 120 and r - g >= 40,
            lv=f"Spēlētājam jābūt oranžam (`color=\"orange\"`), bet tā krāsa ir {player.color}.",
            en=f"The player should be orange (`color=\"orange\"`), but its colour is {player.color}.",
        )
    check(
        is_entity(coin),
        lv="Izveido monētu mainīgajā `monete`: `monete = Entity(...)`.",
        en="Make the coin in the variable `coin`: `coin = Entity(...)`.",
    )
    if is_entity(coin):
        place = coin.position
        check(
            near(place, (3, 1, 0)),
            lv=f"Monētai jābūt vietā (3, 1, 0), bet tā ir vietā {shown(place)}. Atceries: y ir"
            " augstums, z ir dziļums.",
            en=f"The coin should be at (3, 1, 0), but it is at {shown(place)}. Remember: y is the"
            " height and z the depth.",
        )
        check(
            near(coin.scale, (0.5, 0.5, 0.5)),
            lv=f"Monētai jābūt uz pusi mazākai (`scale=0.5`), bet tās izmērs ir {shown(coin.scale)}.",
            en=f"The coin should be half the size (`scale=0.5`), but its scale is {shown(coin.scale)}.",
        )
        r, g, b = rgb(coin)
        check(
            r >= 150 and g >= 120 and b <= 120 and g - b >= 60,
            lv=f"Monētai jābūt zeltainai (`color=\"gold\"`), bet tās krāsa ir {coin.color}.",
            en=f"The coin should be gold (`color=\"gold\"`), but its colour is {coin.color}.",
        )
        # An entity does not tell its model, so the shape is read from the code.
        check(
            "sphere" in source(),
            lv="Monētai jābūt lodei: `model=\"sphere\"`.",
            en="The coin should be a ball: `model=\"sphere\"`.",
        )
