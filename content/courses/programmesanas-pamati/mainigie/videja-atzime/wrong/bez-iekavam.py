atzime1 = 8
atzime2 = 7
atzime3 = 10

videja = atzime1 + atzime2 + atzime3 / 3

print("Vidējā atzīme:", round(videja, 1))
