# SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
def show(flag):
    print(flag)

x = 3
show(x + 1 = 4)
print("never")
