# The comprehension variable does not leak into the enclosing scope.
x = "before"
squares = [x * x for x in range(5)]
print(x)
print(squares)
evens = {n for n in range(6) if n % 2 == 0}
print(sorted(evens))
print("n" in globals())
