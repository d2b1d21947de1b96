# A silent game: no sounds at all.
from game import *

# The beach, the sea and the dunes
sand = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 14), y=-0.5, collider=None)
sea = Entity(model="plane", color="#3d7bd9", scale=(14, 1, 6), y=-0.55, z=-10, collider=None)
for x in range(-6, 7, 3):
    Entity(model="cone", color="green", scale=(1, 1.5, 1), x=x, y=0.2, z=6.5, collider=None)


class Crab(Entity):
    def update(self):
        if game_over:
            return
        self.x += self.speed * time.dt
        if self.x > 4 or self.x < -4:
            self.speed = -self.speed


crabs = [
    Crab(model="cube", color="red", scale=(1, 0.5, 0.8), x=-4, z=1.5, speed=2),
    Crab(model="cube", color="red", scale=(1, 0.5, 0.8), x=4, z=-2.5, speed=-2.5),
]
amber = [
    Entity(model="sphere", color="#e89a2c", scale=0.6, x=x, z=z)
    for x, z in [(5.5, 4), (-5.5, 4), (3, -0.5), (-2, -0.5), (0, -4.5)]
]
player = Entity(model="cube", color="orange", z=4)

score = 0
lives = 3
game_over = False
score_text = Text("Amber: 0")
lives_text = Text("Lives: 3", position=(0.03, 0.11))
message = Text("", position=(0.35, 0.4), size=0.09)


def update():
    global score, lives, game_over
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

    # Amber
    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            score_text.text = f"Amber: {score}"

    # Crabs and waves
    hurt = player.z < -7
    for crab in crabs:
        if player.intersects(crab):
            hurt = True
    if hurt:
        lives -= 1
        lives_text.text = f"Lives: {lives}"
        player.position = (0, 0, 4)

    # Winning or losing
    if not amber:
        game_over = True
        message.text = "You win!"
    elif lives <= 0:
        game_over = True
        message.text = "Game over!"
