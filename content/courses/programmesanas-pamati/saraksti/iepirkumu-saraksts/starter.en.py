shopping = ["bread", "milk", "apples", "cheese", "carrots"]

# Each item needs a number in front of it
for item in shopping:
    print(item)
