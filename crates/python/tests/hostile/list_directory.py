# Listing the computer's files.
# expect: error OSError
import os
print(os.listdir("/"))
