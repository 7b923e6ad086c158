# __exit__ runs on return, break and continue inside the with body.
class Log:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit", self.label, args)

def early(x):
    with Log("func"):
        if x:
            return "returned early"
    return "normal"

print(early(True), early(False))
for i in range(3):
    with Log(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
