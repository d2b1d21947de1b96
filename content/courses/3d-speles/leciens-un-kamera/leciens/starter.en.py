from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")

velocity_y = 0    # speed upwards, units a second
gravity = 20      # how much the speed drops every second
jump_speed = 8    # the speed at the start of a jump


def update():
    global velocity_y
    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step

    # Gravity, movement and the ground


def input(key):
    global velocity_y
    # Jump with space, but only from the ground
