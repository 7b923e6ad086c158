# Functions have a __dict__ for arbitrary attributes.
def task():
    return "done"

print(task.__dict__)
task.priority = 3
task.tags = ["a", "b"]
print(task.__dict__)
print(task.priority, task.tags)
task.priority += 1
print(task.priority)
