# A function without return gives None.
def greet(name):
    print("Hi", name)

value = greet("Jo")
print(value)
print(greet("Al") is None)
