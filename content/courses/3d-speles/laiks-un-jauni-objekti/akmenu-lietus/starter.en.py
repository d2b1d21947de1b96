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

    # 1. Add time.dt to the timer. Once a second has piled up, start from 0 and make a new stone

    # 2. Take the stones that fell below y = -1 out of the game and out of the list
