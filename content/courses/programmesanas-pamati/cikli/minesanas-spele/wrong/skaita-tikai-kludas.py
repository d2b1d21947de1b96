noslepums = 7
minejums = int(input())
reizes = 0
while minejums != noslepums:
    if minejums < noslepums:
        print("Par maz!")
    else:
        print("Par daudz!")
    minejums = int(input())
    reizes = reizes + 1
print("Pareizi! Mēģinājumu skaits:", reizes)
