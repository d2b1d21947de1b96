# Every stone falls at the same x.
import random
from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
stones = []
timer = 0


def update():
    global timer
    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step

    # A new stone in a random place once a second
    timer += time.dt
    if timer >= 1:
        timer = 0
        stone = Entity(model="sphere", color="grey", x=0, y=8,
                       velocity=(0, -3, 0))
        stones.append(stone)

    # Take the fallen stones out of the game and out of the list
    for stone in stones[:]:
        if stone.y < -1:
            destroy(stone)
            stones.remove(stone)
