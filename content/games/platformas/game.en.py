# Platforms: jump from platform to platform through the pine forest, pick up the amber on the
# way and reach the Latvian flag at the end. Fall, and you lose a life.
from game import *
from darbnica import cylinder, cube
import math

# The game's settings: in the studio each param(...) is a slider to change it with
# (name, starting value, smallest, largest, step, the slider's text)
GRAVITY = param("gravity", 24, 5, 50, step=1,        # how fast falling gets faster
                label={"lv": "Gravitācija", "en": "Gravity"})
JUMP = param("jump", 10, 5, 20, step=1,              # how fast a jump starts upwards
             label={"lv": "Lēciena spēks", "en": "Jump strength"})
LIVES = 3
SPEED = 5          # steps a second
HALF = 0.4         # half the player's size

# Platforms: (middle x, top y, width); the fourth one moves back and forth
PLATFORMS = [(0, 0, 8), (6.5, 1, 3), (11, 2.5, 3), (16, 2, 2.5), (21.5, 3, 3), (26, 4.5, 2.5),
             (31, 3.5, 4)]
MOVING = 3
AMBER = [(6.5, 2), (11, 3.5), (16, 3.5), (18.8, 4.5), (21.5, 4), (26, 5.5), (29.5, 4.5)]


class Platform(Entity):
    # A platform knows its top and width; one that moves swings `swing` steps to each side
    def update(self):
        if self.swing:
            old = self.x
            self.x = self.start + self.swing * math.sin(time.elapsed * 1.2)
            self.moved = self.x - old


platforms = []
for i, (x, top, width) in enumerate(PLATFORMS):
    platforms.append(Platform(model="cube", color="#8d6e4a", scale=(width, 0.5, 2),
                              x=x, y=top - 0.25, top=top, width=width, start=x,
                              swing=1.8 if i == MOVING else 0, moved=0))


# Pine trees and the flag, built with the modelling module (its Z up is the game's Y up)
trunk = cylinder(1.2, 0.15, segments=8)
crown = (cylinder(1.4, r1=0.9, r2=0, segments=8).translate(0, 0, 0.9)
         + cylinder(1.2, r1=0.7, r2=0, segments=8).translate(0, 0, 1.6)
         + cylinder(1.0, r1=0.5, r2=0, segments=8).translate(0, 0, 2.3))
valley = Entity(model="plane", color="#4f7a3a", scale=(50, 1, 4), x=15, y=-3, z=-4, collider=None)
for x in range(-4, 36, 3):
    height = 1 + (x * 7 % 5) / 5                        # some trees taller than others
    Entity(model=trunk, color="#6b4a2b", x=x, y=-3, z=-4, scale=height, collider=None)
    Entity(model=crown, color="#2f6b3a", x=x, y=-3, z=-4, scale=height, collider=None)

# The flag of Latvia: carmine, white, carmine (2 : 1 : 2)
FLAG_X, FLAG_Y = 32, 3.5
pole = cylinder(2.6, 0.06, segments=8)
carmine = (cube([1.2, 0.05, 0.28]).translate(0.06, 0, 1.88)
           + cube([1.2, 0.05, 0.28]).translate(0.06, 0, 2.3))
white = cube([1.2, 0.05, 0.14]).translate(0.06, 0, 2.16)
flag = Entity(model=pole, color="silver", x=FLAG_X, y=FLAG_Y)
Entity(model=carmine, color="#9e3039", x=FLAG_X, y=FLAG_Y, collider=None)
Entity(model=white, color="white", x=FLAG_X, y=FLAG_Y, collider=None)

player = Entity(model="cube", color="orange", scale=2 * HALF)
camera.follow(player, offset=(0, 2, 12))

score_text = Text("", position=(0.03, 0.03))
lives_text = Text("", position=(0.03, 0.11))
message = Text("", position=(0.2, 0.4), size=0.07)
hint = Text("", position=(0.2, 0.5), size=0.045)
amber = []


def to_start():
    global vy, standing
    player.position = (-3, HALF, 0)
    vy = 0
    standing = platforms[0]


def new_game():
    global score, lives, game_over
    for piece in amber:
        destroy(piece)
    amber.clear()
    for x, y in AMBER:
        amber.append(Entity(model="sphere", color="#f5a623", scale=0.45, x=x, y=y))
    score = 0
    lives = LIVES
    game_over = False
    score_text.text = f"Amber: 0 / {len(AMBER)}"
    lives_text.text = f"Lives: {lives}"
    message.text = ""
    hint.text = ""
    to_start()


def end(text, sound):
    global game_over
    game_over = True
    message.text = text
    hint.text = "Space: play again"
    play_sound(sound)


def land():
    # Stands the player on the platform it fell onto this frame, if any
    global vy, standing
    bottom = player.y - HALF
    for platform in platforms:
        over = abs(player.x - platform.x) < platform.width / 2 + HALF - 0.1
        if over and bottom <= platform.top <= bottom - vy * time.dt + 0.05:
            player.y = platform.top + HALF
            vy = 0
            standing = platform
            return


def update():
    global vy, standing, score, lives
    if game_over:
        return
    if held_keys["left"]:
        player.x -= SPEED * time.dt
    if held_keys["right"]:
        player.x += SPEED * time.dt
    if standing:
        player.x += standing.moved                       # ride along on a moving platform
        if abs(player.x - standing.x) > standing.width / 2 + HALF - 0.1:
            standing = None                              # walked off the edge
    if not standing:
        vy -= GRAVITY * time.dt
        player.y += vy * time.dt
        if vy < 0:
            land()

    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            score_text.text = f"Amber: {score} / {len(AMBER)}"
            play_sound("coin")

    if player.intersects(flag):
        end(f"You win! Amber: {score} / {len(AMBER)}", "win")
    elif player.y < -6:
        lives -= 1
        lives_text.text = f"Lives: {lives}"
        if lives == 0:
            end("Game over!", "lose")
        else:
            play_sound("hit")
            to_start()


def input(key):
    global vy, standing
    if key == "space" and game_over:
        new_game()
    elif key in ("space", "up") and standing:
        vy = JUMP
        standing = None
        play_sound("jump")


new_game()
