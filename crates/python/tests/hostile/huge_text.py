# A text of four gigabytes in one step.
# expect: error MemoryError
text = "ab" * 2**31
