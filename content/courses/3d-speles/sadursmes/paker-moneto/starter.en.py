from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
coin = Entity(model="sphere", color="gold", scale=0.5, x=3)


def update():
    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step

    # When the player touches the coin: take it out of the game and play the sound "coin"
