def total(n):
    result = 0
    # In a loop, add every number from 1 to n to the result
    return result


print(total(5))
