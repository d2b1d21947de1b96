def positives(numbers):
    result = []
    for number in numbers:
        if number > 0:
            result.append(number)
    return result


# Try it out:
print(positives([3, -1, 0, 5, -7, 2]))
