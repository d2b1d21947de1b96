# Amber and waves: collect amber on the Liepāja beach, but keep out of the waves' way!
# The waves wash new amber ashore where they turn back.
from game import *
from darbnica import cylinder
import math
import random

# The game's settings: in the studio each param(...) is a slider to change it with
# (name, starting value, smallest, largest, step, the slider's text)
GOAL = int(param("goal", 12, 1, 30, step=1,            # pieces of amber to win
                 label={"lv": "Dzintara gabaliņi uzvarai", "en": "Amber pieces to win"}))
WAVE_SPEED = param("wave_speed", 3.0, 1, 8, step=0.5,  # a wave's steps a second (roughly)
                   label={"lv": "Viļņu ātrums", "en": "Wave speed"})
LIVES = 3
SPEED = 5          # the player's steps a second

# The beach, the sea and the dunes
sand = Entity(model="plane", color="#e8d8a8", scale=(22, 1, 12), y=-0.5, z=0.5, collider=None)
sea = Entity(model="plane", color="#3d7bd9", scale=(22, 1, 10), y=-0.52, z=-10, collider=None)
dune = Entity(model="cube", color="#c9b98a", scale=(22, 0.6, 1), y=-0.4, z=6.5, collider=None)


# Liepāja's lighthouse, built with the modelling module: red and white stripes, each a little
# narrower than the one below. Units here are the game's, and up is up.
def lighthouse():
    red = cylinder(0.3, 1.0, segments=16)          # the plinth
    white = cylinder(0.15, 0.7, segments=16).translate(0, 0, 4.5)   # the gallery
    for i in range(6):
        stripe = cylinder(0.7, r1=0.9 - 0.08 * i, r2=0.82 - 0.08 * i, segments=16)
        stripe = stripe.translate(0, 0, 0.3 + 0.7 * i)
        if i % 2 == 0:
            red = red + stripe
        else:
            white = white + stripe
    roof = cylinder(0.45, r1=0.45, r2=0.05, segments=16).translate(0, 0, 5.15)
    return red + roof, white


LIGHT = (-8, -0.5, -3.5)       # where the lighthouse stands
red_parts, white_parts = lighthouse()
Entity(model=red_parts, color="red", position=LIGHT, collider=None)
Entity(model=white_parts, color="white", position=LIGHT, collider=None)
lantern = Entity(model="sphere", color="yellow", scale=0.5, collider=None,
                 position=(LIGHT[0], LIGHT[1] + 4.9, LIGHT[2]))
beam = Entity(model="cube", color="#fff3a0", scale=(4, 0.08, 0.3), collider=None, y=lantern.y)

player = Entity(model="cube", color="orange", scale=(0.8, 1, 0.8))
score_text = Text("", position=(0.03, 0.03))
lives_text = Text("", position=(0.03, 0.11))
message = Text("", position=(0.2, 0.4), size=0.07)
hint = Text("", position=(0.2, 0.5), size=0.045)

amber = []
waves = []


def add_amber(x, z):
    piece = Entity(model="sphere", color="#f5a623", scale=0.45, collider="sphere",
                   x=max(-8, min(8, x)), y=-0.25, z=z)
    amber.append(piece)


class Wave(Entity):
    # A wave rolls up the beach to its `reach`, then slides back into the sea.
    def update(self):
        if game_over:
            return
        if self.coming:
            self.z += self.speed * time.dt
            if self.z >= self.reach:
                self.coming = False
                if len(amber) < 6:
                    add_amber(self.x + random.uniform(-2, 2), self.reach - 0.5)
        else:
            self.z -= self.speed * 0.6 * time.dt
            if self.z < -6:
                waves.remove(self)
                destroy(self)


def new_game():
    global score, lives, game_over, next_wave, safe_time
    for thing in amber + waves:
        destroy(thing)
    amber.clear()
    waves.clear()
    score = 0
    lives = LIVES
    game_over = False
    next_wave = 1.5          # seconds to the next wave
    safe_time = 0            # after a wave hits, a moment to get away
    player.position = (0, 0, 3)
    player.visible = True
    for _ in range(4):
        add_amber(random.uniform(-7, 7), random.uniform(-3, 4))
    score_text.text = f"Amber: 0 / {GOAL}"
    lives_text.text = f"Lives: {lives}"
    message.text = ""
    hint.text = ""


def end(text, sound):
    global game_over
    game_over = True
    message.text = text
    hint.text = "Space: play again"
    play_sound(sound)


def update():
    global score, lives, next_wave, safe_time
    # The lighthouse's beam turns all the time
    angle = time.elapsed * 90
    beam.rotation = (0, angle, 0)
    beam.x = LIGHT[0] + 2 * math.cos(math.radians(angle))
    beam.z = LIGHT[2] - 2 * math.sin(math.radians(angle))
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
    # Stay on the beach
    player.x = max(-9, min(9, player.x))
    player.z = max(-4, min(5, player.z))

    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            score_text.text = f"Amber: {score} / {GOAL}"
            play_sound("coin")
    if score >= GOAL:
        end("You win! The bucket is full.", "win")
        return

    # A new wave now and then, sooner as the score grows (but not more often than every half second)
    next_wave -= time.dt
    if next_wave <= 0:
        next_wave = max(0.5, random.uniform(1.2, 2.2) - score * 0.05)
        width = random.uniform(3, 6)
        waves.append(Wave(model="cube", color="#d8f0ff", scale=(width, 0.4, 0.8),
                          x=random.uniform(-7, 7), y=-0.3, z=-6,
                          speed=random.uniform(WAVE_SPEED - 0.5, WAVE_SPEED + 1),
                          reach=random.uniform(-1, 4.5), coming=True))

    if safe_time > 0:
        safe_time -= time.dt
        player.visible = int(safe_time * 8) % 2 == 0     # blink while safe
    else:
        player.visible = True
        for wave in waves:
            if player.intersects(wave):
                lives -= 1
                lives_text.text = f"Lives: {lives}"
                play_sound("hit")
                safe_time = 1.5
                break
    if lives <= 0:
        player.visible = True
        end("The sea won this time!", "lose")


def input(key):
    if key == "space" and game_over:
        new_game()


new_game()
