from game import *

player = Entity(model="cube", color="orange")


def update():
    if held_keys["right"]:
        player.x += 0.1
    if held_keys["left"]:
        player.x -= 0.1
    # Up and down lift the player into the air instead of walking
    if held_keys["up"]:
        player.y += 0.1
    if held_keys["down"]:
        player.y -= 0.1
