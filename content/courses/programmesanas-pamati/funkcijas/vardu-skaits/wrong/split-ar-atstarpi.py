def word_count(sentence):
    return len(sentence.split(" "))
