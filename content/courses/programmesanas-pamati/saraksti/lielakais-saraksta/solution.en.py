def biggest(numbers):
    largest = numbers[0]
    for number in numbers:
        if number > largest:
            largest = number
    return largest


# Try it out:
print(biggest([3, 8, 2]))
print(biggest([-5, -2, -9]))
