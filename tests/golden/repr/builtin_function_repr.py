# repr of builtin functions and of builtin methods bound to objects (addresses normalized).
print(len, print, repr)
lst = []
print(lst.append)
print(str.upper)
print("abc".upper)
print(type(len), type([].append))
