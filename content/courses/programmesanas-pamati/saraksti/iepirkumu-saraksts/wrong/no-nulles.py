shopping = ["bread", "milk", "apples", "cheese", "carrots"]

number = 0
for item in shopping:
    print(number, item, sep=". ")
    number = number + 1
