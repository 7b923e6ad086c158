# An uncaught AttributeError on a class object suggests a method name.
class Parser:
    def parse(self, text):
        return text.split()

print(Parser.parse(None, "a b"))
Parser.parser("x")
