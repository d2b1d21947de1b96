print(24, 11, 2026, sep=".")
