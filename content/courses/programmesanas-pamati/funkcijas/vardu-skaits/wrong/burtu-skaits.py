def word_count(teikums):
    return len(teikums)
