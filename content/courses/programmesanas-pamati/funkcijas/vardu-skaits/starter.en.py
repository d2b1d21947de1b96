def word_count(sentence):
    # Return how many words the sentence has
    ...


# Try it out:
print(word_count("It is a sunny day"))
