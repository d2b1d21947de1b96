from game import *

player = Entity(model="cube", color="orange")
speed = 5


def update():
    if held_keys["right"]:
        player.x += speed * time.dt
    # The other three arrows still move a fixed step per frame
    if held_keys["left"]:
        player.x -= 0.1
    if held_keys["up"]:
        player.z -= 0.1
    if held_keys["down"]:
        player.z += 0.1
