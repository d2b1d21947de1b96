print("=" * 10)
print("DARBNĪCA")
print("=" * 10)
