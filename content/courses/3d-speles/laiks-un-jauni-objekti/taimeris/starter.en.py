from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
time_text = Text("Time: 10")
game_over = False


def update():
    global game_over
    # Once the game is over, the player doesn't move

    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step

    # Work out how much time is left and show it in the text
    # When the time is up: "Game over!", the sound "lose" and game_over = True
