print("=" * 20)
print("DARBNĪCA")
print("=" * 20)
