def greet(name):
    # Return a greeting, for example "Hello, Anna!"
    ...


# Try it out:
print(greet("Anna"))
