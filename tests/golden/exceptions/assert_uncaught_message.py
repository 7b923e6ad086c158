# Uncaught assert with a message: the traceback's last line is "AssertionError: message".
def average(scores):
    assert len(scores) > 0, "cannot average an empty list"
    return sum(scores) / len(scores)

print(average([90, 80]))
print(average([]))
