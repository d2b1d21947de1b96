# 3D pong: you play the near paddle, the computer plays the far one. Space serves the ball;
# hit it with the edge of the paddle to send it off at an angle. The first to WIN_AT points
# (5 to begin with) wins.
from game import *
import random

# The game's settings: in the studio each param(...) is a slider to change it with
# (name, starting value, smallest, largest, step, the slider's text)
START_SPEED = param("ball_speed", 6.0, 2, 12, step=0.5,       # the ball's speed at a serve
                    label={"lv": "Bumbas ātrums", "en": "Ball speed"})
COMPUTER_SPEED = param("computer_speed", 3.0, 1, 8, step=0.5,  # its paddle's steps a second
                       label={"lv": "Datora raketes ātrums", "en": "Computer's paddle speed"})
WIN_AT = int(param("win_at", 5, 1, 11, step=1,
                   label={"lv": "Punkti uzvarai", "en": "Points to win"}))
PADDLE_SPEED = 7       # your paddle's steps a second (the computer's is slower: your chance)
SIDE = 4.5             # the side walls stand at x = -SIDE and x = SIDE
END = 7                # the paddles stand at z = -END and z = END

table = Entity(model="plane", color="#2e7d4f", scale=(2 * SIDE, 1, 2 * END + 2), y=-0.5,
               collider=None)
net = Entity(model="cube", color="white", scale=(2 * SIDE, 0.3, 0.05), y=-0.35, collider=None)
for x in (-SIDE - 0.25, SIDE + 0.25):
    Entity(model="cube", color="#c9b98a", scale=(0.5, 0.6, 2 * END + 2), x=x, y=-0.2,
           collider=None)

player = Entity(model="cube", color="orange", scale=(2, 0.5, 0.4), z=END)
computer = Entity(model="cube", color="#4a7bd0", scale=(2, 0.5, 0.4), z=-END)
ball = Entity(model="sphere", color="white", scale=0.5, collider="sphere")
camera.position = (0, 9, 14)
camera.look_at((0, 0, 1))

score_text = Text("", position=(0.03, 0.03))
message = Text("", position=(0.2, 0.4), size=0.07)
hint = Text("", position=(0.2, 0.5), size=0.045)


def serve_ready():
    # The ball waits in the middle for a serve
    global waiting, vx, vz
    waiting = True
    vx, vz = 0, 0
    ball.position = (0, 0, 0)
    hint.text = "Space: serve"


def new_game():
    global my_points, computer_points, game_over, serve_to
    my_points = 0
    computer_points = 0
    game_over = False
    serve_to = -1          # -1: towards the computer, 1: towards you
    new_guess()
    player.x = 0
    computer.x = 0
    score_text.text = "You 0 : 0 Computer"
    message.text = ""
    serve_ready()


def point(for_me):
    global my_points, computer_points, game_over, serve_to
    if for_me:
        my_points += 1
        play_sound("coin")
    else:
        computer_points += 1
        play_sound("lose")
    score_text.text = f"You {my_points} : {computer_points} Computer"
    serve_to = 1 if for_me else -1      # the next serve goes to whoever won the point
    serve_ready()
    if my_points == WIN_AT:
        game_over = True
        message.text = "You win!"
        hint.text = "Space: play again"
        play_sound("win")
    elif computer_points == WIN_AT:
        game_over = True
        message.text = "The computer wins!"
        hint.text = "Space: play again"
        play_sound("lose")


def bounce_off(paddle):
    # Off a paddle the ball comes back a little faster, and more sideways the further from the
    # paddle's middle it hit
    global vx, vz
    vz = max(-16, min(16, -vz * 1.06))
    vx = vx + (ball.x - paddle.x) * 4
    vx = max(-9, min(9, vx))
    play_sound("hit")
    new_guess()


def new_guess():
    # How far off the computer's aim is on its next return
    global guess
    guess = random.uniform(-1.5, 1.5)


def update():
    global vx, vz
    if game_over:
        return
    step = PADDLE_SPEED * time.dt
    if held_keys["left"]:
        player.x -= step
    if held_keys["right"]:
        player.x += step
    player.x = max(-SIDE + 1, min(SIDE - 1, player.x))

    # The computer follows the ball when it comes its way (not quite exactly: `guess`), and goes
    # back to the middle otherwise
    aim = ball.x + guess if vz < 0 else 0
    reach = COMPUTER_SPEED * time.dt
    computer.x += max(-reach, min(reach, aim - computer.x))

    if waiting:
        return
    ball.x += vx * time.dt
    ball.z += vz * time.dt
    if abs(ball.x) > SIDE - 0.25:
        vx = -vx
        ball.x = max(-SIDE + 0.25, min(SIDE - 0.25, ball.x))
        play_sound("click")
    if vz > 0 and ball.intersects(player):
        bounce_off(player)
    if vz < 0 and ball.intersects(computer):
        bounce_off(computer)
    if ball.z > END + 1.5:
        point(False)
    elif ball.z < -END - 1.5:
        point(True)


def input(key):
    global waiting, vx, vz
    if key != "space":
        return
    if game_over:
        new_game()
    elif waiting:
        waiting = False
        hint.text = ""
        vx = random.uniform(-2, 2)
        vz = START_SPEED * serve_to
        new_guess()


new_game()
