# Overriding __str__ on a custom exception changes str() and print(), while repr() still uses args.
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(msg)
        self.line, self.col = line, col
    def __str__(self):
        return f"line {self.line}, column {self.col}: {self.args[0]}"

try:
    raise ParseError(3, 14, "unexpected '}'")
except ParseError as e:
    print(e)
    print(str(e))
    print(repr(e))
    print(f"error: {e}")
