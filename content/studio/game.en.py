# Collect the amber on the Liepāja beach! Use the arrow keys.
from game import *

# The player's speed (steps a second): in the studio a param(...) becomes a slider
SPEED = param("speed", 6, 1, 15, step=1, label={"lv": "Spēlētāja ātrums", "en": "Player's speed"})

ground = Entity(model="plane", color="#e8d8a8", scale=(16, 1, 10), y=-0.5, collider=None)
player = Entity(model="cube", color="orange", z=3)
amber = [Entity(model="sphere", color="gold", scale=0.6, collider="sphere",
                x=x, z=z) for x, z in [(-5, -2), (0, -3), (5, 1), (-2, 2)]]
score = 0
label = Text("Amber: 0", size=0.07)

def update():
    global score
    step = SPEED * time.dt
    if held_keys["left"]:
        player.x -= step
    if held_keys["right"]:
        player.x += step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step
    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            label.text = f"Amber: {score}"
            play_sound("coin")
    if not amber:
        label.text = "All collected!"
