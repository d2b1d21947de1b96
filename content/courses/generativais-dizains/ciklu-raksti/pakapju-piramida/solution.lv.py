from darbnica import *

pyramid = cube([60, 60, 5])
for i in range(1, 5):
    # Katrs stāvs ir par 10 mm mazāks. Lai tas būtu vidū, to pabīda par pusi no tā,
    # 5 mm, pa x un y, un par 5 mm uz augšu.
    size = 60 - i * 10
    layer = cube([size, size, 5]).translate(i * 5, i * 5, i * 5)
    pyramid = pyramid + layer

show(pyramid)
