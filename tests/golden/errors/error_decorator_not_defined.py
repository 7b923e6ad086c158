# NameError for a misspelled decorator name: raised when the def runs.
def logged(func):
    return func

@loged
def work():
    return 1

print(work())
