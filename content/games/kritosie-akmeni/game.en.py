# Falling stones: the cliff is crumbling! Dodge the stones for SURVIVE seconds (40 to begin
# with). A shadow on the ground shows where each stone will land, and it grows darker as the
# stone comes closer.
from game import *
from darbnica import sphere, cylinder
import random

# The game's settings: in the studio each param(...) is a slider to change it with
# (name, starting value, smallest, largest, step, the slider's text)
SURVIVE = int(param("survive", 40, 10, 120, step=1,        # seconds to hold out
                    label={"lv": "Sekundes līdz uzvarai", "en": "Seconds to win"}))
GRAVITY = param("gravity", 9.8, 2, 30, step=0.1,          # how fast falling gets faster
                label={"lv": "Gravitācija", "en": "Gravity"})
GAP = param("stone_gap", 0.9, 0.3, 3, step=0.1,           # seconds between stones at the start
            label={"lv": "Sekundes starp akmeņiem", "en": "Seconds between stones"})
LIVES = 3
SPEED = 6          # the player's steps a second
TOP = 9            # the height the stones fall from

# The models from the modelling module: a rough stone with few faces, and a flat disc for shadows
stone_model = sphere(0.5, segments=6)
shadow_model = cylinder(0.04, 0.5, segments=16)

ground = Entity(model="plane", color="#a8b878", scale=(18, 1, 10), y=-0.5, collider=None)
cliff = Entity(model="cube", color="#8a7f72", scale=(18, 8, 2), y=3.5, z=-5.5, collider=None)
player = Entity(model="cube", color="orange", scale=(0.8, 1.2, 0.8), y=0.1)

score_text = Text("", position=(0.03, 0.03))
lives_text = Text("", position=(0.03, 0.11))
time_text = Text("", position=(0.03, 0.19))
message = Text("", position=(0.2, 0.4), size=0.07)
hint = Text("", position=(0.2, 0.5), size=0.045)

stones = []


class Stone(Entity):
    # A stone falls faster and faster, tumbling, and its shadow waits for it on the ground
    def update(self):
        if game_over:
            return
        self.fall_speed += GRAVITY * time.dt
        self.y -= self.fall_speed * time.dt
        self.rotation = (self.y * 40, self.y * 25, 0)
        near = 1 - self.y / TOP                       # 0 up high, 1 at the ground
        self.shadow.scale = (0.4 + 0.8 * near, 1, 0.4 + 0.8 * near)
        if self.y < -0.2:
            remove(self)
            dodged()


def remove(stone):
    stones.remove(stone)
    destroy(stone.shadow)
    destroy(stone)


def dodged():
    global score
    score += 1
    score_text.text = f"Dodged: {score}"
    play_sound("click")


def drop_stone():
    # Every third stone falls right where the player is standing
    if random.random() < 0.33:
        x, z = player.x, player.z
    else:
        x, z = random.uniform(-7, 7), random.uniform(-3, 3)
    size = random.uniform(0.7, 1.4)
    shadow = Entity(model=shadow_model, color="#4a5238", x=x, y=-0.48, z=z, collider=None)
    stones.append(Stone(model=stone_model, color="#77736d", scale=size, collider="sphere",
                        x=x, y=TOP, z=z, fall_speed=0, shadow=shadow))


def new_game():
    global score, lives, survived, next_stone, game_over, safe_time
    for stone in stones[:]:
        remove(stone)
    score = 0
    lives = LIVES
    survived = 0
    next_stone = 1
    safe_time = 0
    game_over = False
    player.position = (0, 0.1, 0)
    player.visible = True
    score_text.text = "Dodged: 0"
    lives_text.text = f"Lives: {lives}"
    time_text.text = f"Time: {SURVIVE}"
    message.text = ""
    hint.text = ""


def end(text, sound):
    global game_over
    game_over = True
    player.visible = True
    message.text = text
    hint.text = "Space: play again"
    play_sound(sound)


def update():
    global lives, survived, next_stone, safe_time
    if game_over:
        return
    step = SPEED * time.dt
    if held_keys["left"]:
        player.x -= step
    if held_keys["right"]:
        player.x += step
    if held_keys["up"]:
        player.z -= step
    if held_keys["down"]:
        player.z += step
    player.x = max(-8, min(8, player.x))
    player.z = max(-3.5, min(4, player.z))

    # Stones come more often as time goes on (up to three times as often as at the start)
    next_stone -= time.dt
    if next_stone <= 0:
        drop_stone()
        next_stone = max(GAP / 3, GAP - survived / 50)

    if safe_time > 0:
        safe_time -= time.dt
        player.visible = int(safe_time * 8) % 2 == 0
    else:
        player.visible = True
        for stone in stones:
            if player.intersects(stone):
                remove(stone)
                lives -= 1
                lives_text.text = f"Lives: {lives}"
                play_sound("hit")
                safe_time = 1
                break
    if lives <= 0:
        end("Ouch! The stones won.", "lose")
        return

    survived += time.dt
    time_text.text = f"Time: {max(0, int(SURVIVE - survived + 0.99))}"
    if survived >= SURVIVE:
        end("You made it! You win!", "win")


def input(key):
    if key == "space" and game_over:
        new_game()


new_game()
