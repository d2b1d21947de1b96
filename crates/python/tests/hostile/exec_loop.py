# An endless loop hidden in exec().
# expect: time-limit
exec("while True: pass")
