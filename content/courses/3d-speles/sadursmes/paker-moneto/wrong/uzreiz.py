from game import *

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
    # Destroyed in the first frame, touched or not
    if coin:
        destroy(coin)
        play_sound("coin")
