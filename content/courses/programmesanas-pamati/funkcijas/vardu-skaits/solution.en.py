def word_count(sentence):
    words = sentence.split()
    return len(words)


# Try it out:
print(word_count("It is a sunny day"))
