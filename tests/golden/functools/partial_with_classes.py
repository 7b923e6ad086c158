# partial applied to classes, bound methods and keyword-only parameters; call-time keywords override.
from functools import partial

class Greeting:
    def __init__(self, word, name, *, punct="!"):
        self.text = f"{word}, {name}{punct}"

Hello = partial(Greeting, "Hello")
print(Hello("Ann").text, Hello("Bob", punct="?").text)
quiet = partial(Greeting, punct=".")
print(quiet("Hi", "Cy").text, quiet("Hi", "Cy", punct="!!").text)
items = []
add = partial(items.append)
add(1); add(2)
print(items, add.func, add.args)
try:
    Hello()
except TypeError as e:
    print("TypeError:", e)
