# A closure over a parameter of the enclosing function.
def greeter(greeting):
    def greet(name):
        return f"{greeting}, {name}!"
    return greet

hello = greeter("Hello")
hola = greeter("Hola")
print(hello("Ada"))
print(hola("Grace"))
print(hello.__code__.co_freevars)
