def greet(name):
    return "Hello, " + name + "!"


# Try it out:
print(greet("Anna"))
