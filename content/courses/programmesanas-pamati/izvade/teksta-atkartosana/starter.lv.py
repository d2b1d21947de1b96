# "=" * 20 ir 20 vienādības zīmes
