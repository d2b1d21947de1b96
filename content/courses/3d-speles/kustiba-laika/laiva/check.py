from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


def boat_after(frames, dt=1 / 60, keys=None):
    """The boat's x and velocity after playing, or None."""
    game = play(frames=frames, dt=dt, keys=keys)
    boat = find(game, "laiva", "boat")
    if not game.ok or not is_entity(boat):
        return None
    return boat.x, boat.velocity


# One second at 60 frames a second: 2 units to the right, by its velocity.
fast = boat_after(60)
if fast is None:
    check(
        False,
        lv="Laivai jābūt vienībai mainīgajā `laiva`.",
        en="The boat should be an entity in the variable `boat`.",
    )
else:
    x, velocity = fast
    check(
        abs(velocity[0] - 2) < 0.01 and abs(velocity[1]) < 0.01 and abs(velocity[2]) < 0.01,
        lv="Iedod laivai ātrumu `velocity=(2, 0, 0)`: 2 vienības sekundē pa labi. Tagad tās ātrums"
        f" ir ({velocity[0]:g}, {velocity[1]:g}, {velocity[2]:g}).",
        en="Give the boat the velocity `velocity=(2, 0, 0)`: 2 units a second to the right. Now its"
        f" velocity is ({velocity[0]:g}, {velocity[1]:g}, {velocity[2]:g}).",
    )
    slow = boat_after(30, dt=1 / 30)
    if slow is not None:
        check(
            abs(x - (-4)) < 0.1 and abs(slow[0] - (-4)) < 0.1,
            lv="Pēc vienas sekundes laivai jābūt vietā x = -4 gan ātrā datorā, gan lēnā, bet tā ir"
            f" vietā x = {x:.2f} (60 kadri sekundē) un x = {slow[0]:.2f} (30 kadri sekundē).",
            en="After one second the boat should be at x = -4 on a fast computer and on a slow one,"
            f" but it is at x = {x:.2f} (60 frames a second) and x = {slow[0]:.2f} (30 frames a"
            " second).",
        )
    # Seven seconds, ten frames a second: it passed x = 6 and came back from the left.
    late = boat_after(70, dt=0.1)
    if late is not None:
        check(
            -6.5 < late[0] < 0,
            lv="Kad laiva aizbrauc tālāk par x = 6, tai jāatgriežas uz x = -6. Pēc 7 sekundēm tai"
            f" jābūt apmēram vietā x = -4, bet tā ir vietā x = {late[0]:.2f}.",
            en="When the boat sails past x = 6, it should go back to x = -6. After 7 seconds it"
            f" should be at about x = -4, but it is at x = {late[0]:.2f}.",
        )
    # Space after half a second stops it; space again after ten more frames starts it.
    stopped = boat_after(60, keys={"space": [30]})
    if stopped is not None:
        check(
            abs(stopped[0] - (-5)) < 0.1,
            lv="Atstarpei jāaptur laiva. Nospiežot atstarpi pēc pussekundes, laivai jāstāv vietā"
            f" x = -5, bet tā ir vietā x = {stopped[0]:.2f}.",
            en="The space bar should stop the boat. Pressed after half a second, the boat should"
            f" stand at x = -5, but it is at x = {stopped[0]:.2f}.",
        )
        again = boat_after(60, keys={"space": [10, 30]})
        if again is not None and abs(stopped[0] - (-5)) < 0.1:
            expected = -6 + 2 * 40 / 60
            check(
                abs(again[0] - expected) < 0.1,
                lv="Otrreiz nospiežot atstarpi, laivai jābrauc atkal ar ātrumu 2 vienības sekundē."
                f" Apturēta pēc 10 kadriem un palaista pēc 30, pēc sekundes tai jābūt vietā"
                f" x = {expected:.2f}, bet tā ir vietā x = {again[0]:.2f}.",
                en="Pressing the space bar again should start the boat again at 2 units a second."
                f" Stopped at frame 10 and started at frame 30, after one second it should be at"
                f" x = {expected:.2f}, but it is at x = {again[0]:.2f}.",
            )
