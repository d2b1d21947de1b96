from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def height(frames, presses=(), fps=60):
    """The player's y after `frames` frames with space pressed in the frames `presses`."""
    game = play(frames=frames, keys={"space": list(presses)}, dt=1 / fps)
    player = find(game, "speletajs", "player")
    if not game.ok or not is_entity(player):
        return None
    return player.y


# No keys for a second: standing on the ground.
y = height(60)
if y is None:
    check(
        False,
        lv="Spēlētājam jābūt vienībai mainīgajā `speletajs`.",
        en="The player should be an entity in the variable `player`.",
    )
else:
    check(
        abs(y) < 0.01,
        lv=f"Kamēr neviens nelec, spēlētājam jāstāv uz zemes (y = 0), bet pēc sekundes tas ir"
        f" vietā y = {y:.2f}." + (" Vai zeme to notur?" if y < 0 else ""),
        en=f"While nobody jumps, the player should stand on the ground (y = 0), but after a second"
        f" it is at y = {y:.2f}." + (" Does the ground stop it?" if y < 0 else ""),
    )
    # Space, then 0.4 seconds: the top of the jump, 8² / (2 · 20) = 1.6 up.
    top = height(24, [0])
    if top is not None:
        check(
            1.2 < top < 2.0,
            lv="Ar lēciena ātrumu 8 un gravitāciju 20 lēciena augstākais punkts ir ap y = 1.6,"
            f" pēc 0,4 sekundēm. Bet tad spēlētājs ir vietā y = {top:.2f}.",
            en="With a jump speed of 8 and gravity 20, the top of the jump is at about y = 1.6,"
            f" after 0.4 seconds. But then the player is at y = {top:.2f}.",
        )
        if 1.2 < top < 2.0:
            slow = height(12, [0], fps=30)
            if slow is not None:
                check(
                    1.2 < slow < 2.0,
                    lv="Lēnā datorā (30 kadri sekundē) lēcienam jābūt tikpat augstam, ap y = 1.6,"
                    f" bet tas sasniedz y = {slow:.2f}. Reizini gravitāciju ar `time.dt`.",
                    en="On a slow computer (30 frames a second) the jump should be just as high,"
                    f" about y = 1.6, but it reaches y = {slow:.2f}. Multiply the gravity by"
                    " `time.dt`.",
                )
    # One second after a jump: back on the ground.
    landed = height(60, [0])
    if landed is not None:
        check(
            abs(landed) < 0.01,
            lv="Pēc lēciena spēlētājam jānokrīt atpakaļ uz zemes (y = 0), bet pēc sekundes tas ir"
            f" vietā y = {landed:.2f}.",
            en="After a jump the player should come back down to the ground (y = 0), but after a"
            f" second it is at y = {landed:.2f}.",
        )
        if abs(landed) < 0.01:
            # Space again in the air: nothing should happen, so it still lands in time.
            twice = height(55, [0, 20])
            if twice is not None:
                check(
                    abs(twice) < 0.01,
                    lv="Gaisā atstarpe neko nedrīkst darīt: lēkt var tikai no zemes. Nospiežot"
                    " atstarpi vēlreiz lēciena vidū, spēlētājs lido tālāk un ir vietā"
                    f" y = {twice:.2f}.",
                    en="In the air, space must do nothing: jumping only works from the ground."
                    " With space pressed again in the middle of the jump, the player flies on and"
                    f" is at y = {twice:.2f}.",
                )
            # Space again after landing: a new jump.
            again = height(72, [0, 60])
            if again is not None:
                check(
                    again > 0.8,
                    lv="Kad spēlētājs nolaidies, tam jāvar lēkt atkal. Otrs lēciens pēc sekundes"
                    f" neizdevās: spēlētājs ir vietā y = {again:.2f}.",
                    en="Once the player has landed, it should be able to jump again. A second jump"
                    f" after one second didn't work: the player is at y = {again:.2f}.",
                )
