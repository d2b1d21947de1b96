from checks import *
import game as engine


def find(game, lv_name, en_name):
    """The student's variable, by its Latvian or its English name."""
    value = game.variables.get(lv_name)
    return game.variables.get(en_name) if value is None else value


def is_entity(value):
    return isinstance(value, engine.Entity) and bool(value)


# 3.5 seconds at 60 frames a second: three stones made (four if the first came at once).
game = play(frames=210)
if game.ok:
    stones = find(game, "akmeni", "stones")
    check(
        isinstance(stones, list),
        lv="Akmeņus glabā sarakstā `akmeni`.",
        en="Keep the stones in the list `stones`.",
    )
if game.ok and isinstance(stones, list):
    count = len(stones)
    check(
        3 <= count <= 4,
        lv=f"Pēc 3,5 sekundēm jābūt izveidotiem 3 akmeņiem (pa vienam sekundē), bet sarakstā"
        f" `akmeni` ir {count}.",
        en=f"After 3.5 seconds there should be 3 stones (one a second), but the list `stones` has"
        f" {count}.",
    )
    if 3 <= count <= 4 and all(is_entity(stone) for stone in stones):
        xs = [stone.x for stone in stones]
        check(
            all(-5.01 <= x <= 5.01 for x in xs) and len({round(x, 3) for x in xs}) == count,
            lv="Katram akmenim jākrīt citā vietā: `x=random.uniform(-5, 5)`. Tagad akmeņi ir"
            " vietās x = " + ", ".join(f"{x:.2f}" for x in xs) + ".",
            en="Every stone should fall in a different place: `x=random.uniform(-5, 5)`. Now the"
            " stones are at x = " + ", ".join(f"{x:.2f}" for x in xs) + ".",
        )
        lowest = min(stone.y for stone in stones)
        highest = max(stone.y for stone in stones)
        check(
            -0.5 < lowest < 1.5 and highest <= 8.01,
            lv="Akmeņiem jāsāk vietā y = 8 un jākrīt 3 vienības sekundē: `velocity=(0, -3, 0)`."
            f" Pēc 3,5 sekundēm zemākajam jābūt ap y = 0.5, bet tas ir y = {lowest:.2f}.",
            en="The stones should start at y = 8 and fall 3 units a second: `velocity=(0, -3, 0)`."
            f" After 3.5 seconds the lowest should be at about y = 0.5, but it is at"
            f" y = {lowest:.2f}.",
        )
    # 10 seconds at 10 frames a second: the stones made in the last 3 seconds are still falling.
    game = play(frames=100, dt=0.1)
    stones = find(game, "akmeni", "stones")
    if game.ok and isinstance(stones, list):
        count = len(stones)
        check(
            count >= 2,
            lv="Lēnā datorā (10 kadri sekundē) pēc 10 sekundēm jākrīt 3 vai 4 akmeņiem, bet sarakstā"
            f" ir {count}. Skaiti laiku ar `time.dt`, nevis kadros.",
            en="On a slow computer (10 frames a second), after 10 seconds 3 or 4 stones should be"
            f" falling, but the list has {count}. Count the time with `time.dt`, not in frames.",
        )
        check(
            count <= 5,
            lv="Nokritušie akmeņi jāizņem no saraksta: `akmeni.remove(akmens)`. Pēc 10 sekundēm"
            f" sarakstā jābūt 3 vai 4 akmeņiem, bet ir {count}.",
            en="Fallen stones should be taken out of the list: `stones.remove(stone)`. After 10"
            f" seconds the list should have 3 or 4 stones, but it has {count}.",
        )
        fallen = len([entity for entity in game.entities if entity.y < -1.5])
        lv_stones = "akmens" if fallen % 10 == 1 and fallen % 100 != 11 else "akmeņi"
        en_stones = "stone is" if fallen == 1 else "stones are"
        check(
            fallen == 0,
            lv=f"Zem zemes joprojām krīt {fallen} {lv_stones}, ko neviens neredz. Izņem nokritušos"
            " akmeņus no spēles ar `destroy(akmens)`.",
            en=f"{fallen} {en_stones} still falling below the ground where nobody sees them. Take"
            " fallen stones out of the game with `destroy(stone)`.",
        )
