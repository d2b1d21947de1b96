# The player stops, but the lose sound plays again in every frame after the end.
from game import *

player = Entity(model="cube", color="orange")
time_text = Text("Time: 10")


def update():
    time_left = 10 - time.elapsed
    if time_left <= 0:
        time_text.text = "Game over!"
        play_sound("lose")
        return

    step = 5 * time.dt
    if held_keys["right"]:
        player.x += step
    if held_keys["left"]:
        player.x -= step
    time_text.text = f"Time: {int(time_left)}"
