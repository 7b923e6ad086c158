# An error while evaluating a default value happens when def runs, not at the call.
print("defining")

def f(x=1 / 0):
    return x

print("never reached")
