# A user exception defined inside a class prints with its qualified name: Parser.Error (no __main__. prefix).
class Parser:
    class Error(Exception):
        pass

    def parse(self, text):
        if not text.startswith("{"):
            raise Parser.Error(f"expected '{{' at start, got {text[:1]!r}")
        return text

print(Parser().parse("{}"))
Parser().parse("[]")
