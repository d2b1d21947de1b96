from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(12, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")


def update():
    if held_keys["right"]:
        player.x += 0.1
    if held_keys["left"]:
        player.x -= 0.1
    # Up means away from the camera: z gets smaller
    if held_keys["up"]:
        player.z -= 0.1
    if held_keys["down"]:
        player.z += 0.1
