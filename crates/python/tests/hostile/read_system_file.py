# Reading a file of the computer.
# expect: error FileNotFoundError
print(open("/etc/passwd").read())
