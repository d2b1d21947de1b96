def greet(vards):
    print("Sveiki, " + vards + "!")
