# An uncaught arity error in a method call: traceback and message.
class Greeter:
    def greet(self, name):
        return "hi " + name

g = Greeter()
print(g.greet("ann"))
g.greet("ann", "bob")
