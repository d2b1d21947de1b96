def word_count(teikums):
    return teikums.count(" ") + 1
