# A shift by ten billion bits.
# expect: error MemoryError
x = 1 << 10**10
