# "=" * 20 is 20 equals signs
