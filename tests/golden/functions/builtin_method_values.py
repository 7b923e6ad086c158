# Builtin methods as values: bound methods of lists and unbound str methods.
items = []
add = items.append
add(1)
add(2)
print(items)
upper = str.upper
print(upper("shout"), list(map(str.strip, [" a ", "b "])))
print(type(add).__name__, type(len).__name__)
