def positives(numbers):
    result = []
    for number in numbers:
        if number > 0:
            result.append(number)
        return result
