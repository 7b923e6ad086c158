# An error inside a class body shows a frame named after the class.
def helper():
    return 1 / 0

class Config:
    name = "cfg"
    value = helper()
