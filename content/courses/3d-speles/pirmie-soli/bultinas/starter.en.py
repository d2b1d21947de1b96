from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")


def update():
    # While the right arrow is held, walk right
    if held_keys["right"]:
        player.x += 0.1
    # Add the arrows left ("left"), up ("up") and down ("down")
