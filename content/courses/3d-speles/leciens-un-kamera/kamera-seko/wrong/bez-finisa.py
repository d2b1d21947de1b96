# No finish at all.
from game import *

sea = Entity(model="plane", color="#3d7bd9", scale=(60, 1, 80), y=-0.6, z=-20, collider=None)
pier = Entity(model="cube", color="grey", scale=(3, 1, 46), y=-1, z=-21, collider=None)
for z in range(-5, -41, -5):
    Entity(model="cylinder", color="navy", scale=(0.2, 1.5, 0.2), x=-1.3, y=0.3, z=z, collider=None)
    Entity(model="cylinder", color="navy", scale=(0.2, 1.5, 0.2), x=1.3, y=0.3, z=z, collider=None)
lighthouse = Entity(model="cylinder", color="red", scale=(1.5, 5, 1.5), y=2, z=-43, collider=None)

player = Entity(model="cube", color="orange")
message = Text("Walk to the lighthouse!")
finished = False

# The camera follows the player: 4 units higher and 10 behind
camera.follow(player, offset=(0, 4, 10))


def update():
    global finished
    step = 8 * time.dt
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step
    if held_keys["left"]:
        player.x -= step
    if held_keys["right"]:
        player.x += step

