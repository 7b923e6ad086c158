# AttributeError with a "Did you mean" suggestion for a str method.
name = "ada"
print(name.uper())
