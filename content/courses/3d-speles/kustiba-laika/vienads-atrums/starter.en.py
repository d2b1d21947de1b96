from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
speed = 5  # units per second


def update():
    # Replace 0.1 with speed * time.dt
    if held_keys["right"]:
        player.x += 0.1
    if held_keys["left"]:
        player.x -= 0.1
    if held_keys["up"]:
        player.z -= 0.1
    if held_keys["down"]:
        player.z += 0.1
