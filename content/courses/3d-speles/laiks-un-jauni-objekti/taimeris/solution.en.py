from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
time_text = Text("Time: 10")
game_over = False


def update():
    global game_over
    # Once the game is over, nothing happens any more
    if game_over:
        return

    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step

    time_left = 10 - time.elapsed
    if time_left <= 0:
        game_over = True
        time_text.text = "Game over!"
        play_sound("lose")
    else:
        time_text.text = f"Time: {int(time_left)}"
