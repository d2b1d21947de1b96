from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity)


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


# Standing still for half a second: the coin should stay.
game = play(frames=30)
coin = find(game, "monete", "coin")
player = find(game, "speletajs", "player")
if game.ok:
    check(
        is_entity(player) and is_entity(coin),
        lv="Spēlē jābūt spēlētājam `speletajs` un monētai `monete`.",
        en="The game should have the player `player` and the coin `coin`.",
    )
if game.ok and is_entity(player) and is_entity(coin):
    check(
        bool(coin),
        lv="Monēta pazūd, lai gan spēlētājs tai nemaz nav pieskāries. Izņem to tikai tad, kad"
        " `speletajs.intersects(monete)`.",
        en="The coin disappears although the player never touched it. Take it away only when"
        " `player.intersects(coin)`.",
    )
    # Walking right for a second: the player runs over the coin at x = 3.
    game, heard = play_listening(frames=60, keys={"right": 60})
    coin = find(game, "monete", "coin")
    if game.ok and is_entity(coin):
        check(
            not coin and coin not in game.entities,
            lv="Kad spēlētājs pieskaras monētai, tai jāpazūd: `destroy(monete)`. Spēlētājs pārgāja"
            " pāri monētai, bet tā joprojām ir spēlē.",
            en="When the player touches the coin, it should disappear: `destroy(coin)`. The player"
            " walked right over the coin, but it is still in the game.",
        )
        check(
            "coin" in heard,
            lv="Kad spēlētājs paņem monētu, jāatskan skaņai: `play_sound(\"coin\")`.",
            en="When the player picks up the coin, a sound should play: `play_sound(\"coin\")`.",
        )
