# SyntaxError (IndentationError): unexpected indent inside a class body.
class Greeter:
    def hello(self):
        return "hi"
            greeting = "extra"

print(Greeter().hello())
