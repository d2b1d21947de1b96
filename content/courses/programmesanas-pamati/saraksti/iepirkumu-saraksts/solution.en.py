shopping = ["bread", "milk", "apples", "cheese", "carrots"]

number = 1
for item in shopping:
    print(number, item, sep=". ")
    number = number + 1
