from checks import *
import game as engine

# Where each crab starts and how fast it goes: the two from the starter and the third one.
CRABS = [(-4, 1, 2), (3, -1, -3), (0, -3, 1.5)]


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def crab_places(game):
    """Each crab's (x, z), in the list's order, or None."""
    crabs = find(game, "krabji", "crabs")
    if not game.ok or not isinstance(crabs, list) or not all(is_entity(c) for c in crabs):
        return None
    return [(crab.x, crab.z) for crab in crabs]


game = play(frames=0)
places = crab_places(game)
if game.ok:
    check(
        places is not None,
        lv="Krabjiem jābūt sarakstā `krabji`.",
        en="The crabs should be in the list `crabs`.",
    )
if places is not None:
    third = [(x, z) for x, z in places if abs(z + 3) < 0.01 and abs(x) < 0.01]
    check(
        len(places) == 3 and len(third) == 1,
        lv=f"Sarakstā `krabji` jābūt 3 krabjiem, un trešais sāk vietā x = 0, z = -3. Tagad tajā ir"
        f" {len(places)}.",
        en=f"The list `crabs` should have 3 crabs, the third starting at x = 0, z = -3. Now it has"
        f" {len(places)}.",
    )
if places is not None and len(places) == 3:
    # One second, at 60 and at 30 frames a second: each crab moved by its own speed.
    for fps in (60, 30):
        moved = crab_places(play(frames=fps, dt=1 / fps))
        if moved is None:
            break
        expected = [x + speed for x, z, speed in CRABS]
        check(
            all(abs(m[0] - e) < 0.1 for m, e in zip(moved, expected)),
            lv=f"Pēc vienas sekundes ({fps} kadri sekundē) krabjiem jābūt vietās x = "
            + ", ".join(f"{e:g}" for e in expected) + ", bet tie ir vietās x = "
            + ", ".join(f"{m[0]:.2f}" for m, _ in zip(moved, expected))
            + ". Katrs krabis sekundē noiet `self.atrums`: reizini to ar `time.dt`.",
            en=f"After one second ({fps} frames a second) the crabs should be at x = "
            + ", ".join(f"{e:g}" for e in expected) + ", but they are at x = "
            + ", ".join(f"{m[0]:.2f}" for m, _ in zip(moved, expected))
            + ". Every crab covers `self.speed` a second: multiply it by `time.dt`.",
        )
    # Ten seconds, ten frames a second: each crab has turned round at least twice.
    late = crab_places(play(frames=100, dt=0.1))
    if late is not None:
        check(
            all(-4.5 <= x <= 4.5 for x, z in late),
            lv="Krabjiem jāpaliek starp x = -4 un x = 4: pie malas tie apgriežas. Pēc 10 sekundēm"
            " tie ir vietās x = " + ", ".join(f"{x:.2f}" for x, z in late) + ".",
            en="The crabs should stay between x = -4 and x = 4: at the edge they turn round. After"
            " 10 seconds they are at x = " + ", ".join(f"{x:.2f}" for x, z in late) + ".",
        )
        # The first crab: right to 4 (4 s), left to -4 (8 s), right again: near x = 0 at 10 s.
        # The second: left to -4, right to 4, left to -4, right again: near x = 3 at 10 s (a
        # crab that jumps to the other edge instead of turning round would be near x = -3).
        check(
            abs(late[0][0]) < 0.7 and late[1][0] > 0.5,
            lv="Pie malas krabim jāapgriežas un jāiet atpakaļ pa to pašu ceļu"
            " (`self.atrums = -self.atrums`). Pēc 10 sekundēm pirmajam krabim jābūt pie x = 0, bet"
            f" otrajam labajā pusē, ap x = 3. Bet tie ir vietās x = {late[0][0]:.2f} un"
            f" x = {late[1][0]:.2f}.",
            en="At the edge a crab should turn round and walk back the way it came"
            " (`self.speed = -self.speed`). After 10 seconds the first crab should be near x = 0"
            f" and the second on the right, near x = 3. But they are at x = {late[0][0]:.2f} and"
            f" x = {late[1][0]:.2f}.",
        )
