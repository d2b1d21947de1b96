def greet(vards):
    return "Sveiki, vards!"
