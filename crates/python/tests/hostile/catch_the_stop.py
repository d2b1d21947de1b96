# A loop that catches whatever stops it, and goes on.
# expect: time-limit
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
