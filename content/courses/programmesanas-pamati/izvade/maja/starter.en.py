# The roof
print("  /\\")
