# A text of two gigabytes in one step.
# expect: error MemoryError
text = "ab" * 2**30
