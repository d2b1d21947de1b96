def positives(numbers):
    result = []
    # Go through the list and add the positive numbers to the result
    return result


# Try it out:
print(positives([3, -1, 0, 5, -7, 2]))
