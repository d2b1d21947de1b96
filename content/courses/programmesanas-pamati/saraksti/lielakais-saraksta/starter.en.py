def biggest(numbers):
    largest = ...
    for number in numbers:
        ...
    return largest


# Try it out:
print(biggest([3, 8, 2]))
print(biggest([-5, -2, -9]))
