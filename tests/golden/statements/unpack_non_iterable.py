# Uncaught: unpacking an int.
a, b = 42
