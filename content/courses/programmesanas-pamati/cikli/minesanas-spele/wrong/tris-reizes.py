noslepums = 7
for i in range(3):
    minejums = int(input())
    if minejums < noslepums:
        print("Par maz!")
    elif minejums > noslepums:
        print("Par daudz!")
    else:
        print("Pareizi! Mēģinājumu skaits:", i + 1)
