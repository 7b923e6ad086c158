# AttributeError: a list has no push (suggestion for a similar method name, if any).
stack = [1, 2]
stack.push(3)
