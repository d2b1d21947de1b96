# Reading a file of the computer around the portal's open().
# expect: error UnsupportedOperation
import io
print(io.open("/etc/passwd").read())
