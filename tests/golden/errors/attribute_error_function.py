# AttributeError on a function object: a function attribute that was never set.
def task():
    pass

task.priority = 1
print(task.priority)
print(task.owner)
