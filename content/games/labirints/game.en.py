# The hedge maze: find the way out (the golden cone) before the time runs out! Every level is a
# new, bigger maze, made by chance from SEED: change SEED (a slider in the studio) and you get
# other mazes.
from game import *
import random

# The game's settings: in the studio each param(...) is a slider to change it with
# (name, starting value, smallest, largest, step, the slider's text)
SEED = int(param("seed", 2026, 1, 9999, step=1,
                 label={"lv": "Labirinta sēkla", "en": "Maze seed"}))
SIZE = int(param("size", 4, 2, 10, step=1,            # cells across the first maze
                 label={"lv": "Pirmā labirinta izmērs", "en": "Size of the first maze"}))

# (cells across, seconds) for each level: the mazes grow, and a bigger one gives more time
LEVELS = [(n, 10 * n - 10) for n in [SIZE, SIZE + 1, SIZE + 3]]
SPEED = 3.5                              # steps a second
R = 0.3                                  # half the player's width
BONUS = 3                                # seconds each piece of amber adds

GROUND_SIZE = 2 * LEVELS[-1][0] + 3      # under the biggest maze, and a little more
ground = Entity(model="plane", color="#8fbf6a", scale=(GROUND_SIZE, 1, GROUND_SIZE), y=-0.5,
                collider=None)
player = Entity(model="sphere", color="orange", scale=2 * R)
goal = Entity(model="cone", color="gold", scale=(0.6, 1, 0.6))
camera.follow(player, offset=(0, 10, 7))

level_text = Text("", position=(0.03, 0.03))
score_text = Text("", position=(0.03, 0.11))
time_text = Text("", position=(0.03, 0.19))
message = Text("", position=(0.2, 0.4), size=0.07)
hint = Text("", position=(0.2, 0.5), size=0.045)

walls = []
amber = []
grid = []          # grid[row][column] is True where a hedge grows


def make_maze(n):
    # A maze of n × n cells drawn on a grid of (2n + 1) × (2n + 1) squares: cell (x, z) is the
    # square (2x + 1, 2z + 1), and the squares between cells are hedges or passages. We walk
    # from cell to cell at random, cutting a passage each step, and step back when stuck.
    size = 2 * n + 1
    hedge = [[True] * size for _ in range(size)]
    hedge[1][1] = False
    visited = {(0, 0)}
    path = [(0, 0)]
    while path:
        x, z = path[-1]
        options = []
        for dx, dz in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nx, nz = x + dx, z + dz
            if 0 <= nx < n and 0 <= nz < n and (nx, nz) not in visited:
                options.append((nx, nz))
        if not options:
            path.pop()
            continue
        nx, nz = random.choice(options)
        hedge[z + nz + 1][x + nx + 1] = False        # the passage between the two cells
        hedge[2 * nz + 1][2 * nx + 1] = False
        visited.add((nx, nz))
        path.append((nx, nz))
    return hedge


def centre(column, row):
    # Where a square of the grid is in the game (the maze's middle is at 0, 0)
    half = len(grid) / 2
    return column - half + 0.5, row - half + 0.5


def is_free(x, z):
    # True when a ball of half-width R at (x, z) touches no hedge
    half = len(grid) / 2
    for cx, cz in [(x - R, z - R), (x + R, z - R), (x - R, z + R), (x + R, z + R)]:
        column, row = int(cx + half), int(cz + half)
        if cx + half < 0 or cz + half < 0 or row >= len(grid) or column >= len(grid):
            return False
        if grid[row][column]:
            return False
    return True


def start_level():
    global grid, time_left
    for thing in walls + amber:
        destroy(thing)
    walls.clear()
    amber.clear()
    n, seconds = LEVELS[level]
    random.seed(SEED + level)
    grid = make_maze(n)
    for row in range(len(grid)):
        for column in range(len(grid)):
            if grid[row][column]:
                x, z = centre(column, row)
                walls.append(Entity(model="cube", color="#2f6b2f", x=x, y=0.1, z=z,
                                    scale=(1, 1.2, 1), collider=None))
    # Amber in a few cells, never in the first or the last
    cells = [(x, z) for x in range(n) for z in range(n) if (x, z) not in [(0, 0), (n - 1, n - 1)]]
    for x, z in random.sample(cells, n - 1):
        ax, az = centre(2 * x + 1, 2 * z + 1)
        amber.append(Entity(model="sphere", color="#f5a623", scale=0.4, x=ax, z=az))
    sx, sz = centre(1, 1)
    player.position = (sx, 0, sz)
    gx, gz = centre(2 * n - 1, 2 * n - 1)
    goal.position = (gx, 0, gz)
    time_left = seconds
    level_text.text = f"Level {level + 1} / {len(LEVELS)}"


def new_game():
    global level, score, game_over
    level = 0
    score = 0
    game_over = False
    score_text.text = "Amber: 0"
    message.text = ""
    hint.text = ""
    start_level()


def end(text, sound):
    global game_over
    game_over = True
    message.text = text
    hint.text = "Space: play again"
    play_sound(sound)


def update():
    global score, time_left, level
    if game_over:
        return
    step = SPEED * time.dt
    dx = (held_keys["right"] - held_keys["left"]) * step
    dz = (held_keys["down"] - held_keys["up"]) * step
    # Each direction on its own, so the ball slides along a hedge instead of sticking to it
    if dx and is_free(player.x + dx, player.z):
        player.x += dx
    if dz and is_free(player.x, player.z + dz):
        player.z += dz

    for piece in amber[:]:
        if player.intersects(piece):
            destroy(piece)
            amber.remove(piece)
            score += 1
            time_left += BONUS
            score_text.text = f"Amber: {score}"
            play_sound("coin")

    if player.intersects(goal):
        level += 1
        if level == len(LEVELS):
            end("You are out! You win!", "win")
        else:
            play_sound("jump")
            start_level()
        return

    time_left -= time.dt
    time_text.text = f"Time: {max(0, int(time_left + 0.99))}"
    if time_left <= 0:
        end("Time is up!", "lose")


def input(key):
    if key == "space" and game_over:
        new_game()


new_game()
