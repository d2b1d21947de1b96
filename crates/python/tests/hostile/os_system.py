# Running a shell command.
# expect: error AttributeError
import os
os.system("ls /")
