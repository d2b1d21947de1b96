# Jumts
print("  /\\")
