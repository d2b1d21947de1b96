# No `global`: update() cannot change score (UnboundLocalError).
from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 8), y=-0.5, collider=None)
player = Entity(model="cube", color="orange")
amber = [Entity(model="sphere", color="gold", scale=0.6, x=x) for x in [1.5, 3, 4.5, 6]]
crab = Entity(model="cube", color="red", scale=(1, 0.5, 0.8), x=-3)

score = 0
lives = 3
score_text = Text("Score: 0")
lives_text = Text("Lives: 3", position=(0.03, 0.11))


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

    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            score_text.text = f"Score: {score}"
            play_sound("coin")

    if player.intersects(crab):
        lives -= 1
        lives_text.text = f"Lives: {lives}"
        play_sound("hit")
        # Back to the start, so that the crab doesn't take a life every frame
        player.position = (0, 0, 0)
