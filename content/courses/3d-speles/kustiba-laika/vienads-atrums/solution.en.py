from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
speed = 5  # units per second


def update():
    # How far to go in this frame: speed times the time since the last frame
    step = speed * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step
