# Integer bases: b, o, x, X, with and without the # prefix.
n = 255
print(f"{n:b} {n:o} {n:x} {n:X}")
print(f"{n:#b} {n:#o} {n:#x} {n:#X}")
print(f"{n:010b} {n:#010b}")
print(f"{-n:x} {-n:#x}")
print(f"{5:08b}")
print(f"{2**70:x}")
