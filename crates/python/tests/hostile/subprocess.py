# Starting another program.
# expect: error ModuleNotFoundError
import subprocess
subprocess.run(["ls", "/"])
