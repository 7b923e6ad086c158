# ZeroDivisionError: division by zero, two frames deep.
def average(values):
    return sum(values) / len(values)

def report(values):
    return f"average: {average(values)}"

print(report([1, 2, 3]))
print(report([]))
