# Reading memory directly.
# expect: error ModuleNotFoundError
import ctypes
ctypes.string_at(0, 100)
