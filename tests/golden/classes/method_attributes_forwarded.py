# A bound method forwards attribute reads to its function (decorator-added attributes).
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco

class Task:
    @tag("fast")
    def run(self):
        "Run the task."
        return "ran"

t = Task()
print(t.run.label, t.run.__doc__, t.run.__module__, Task.run.label)
try:
    t.run.label = "slow"
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.run.missing
except AttributeError as e:
    print("AttributeError:", e)
