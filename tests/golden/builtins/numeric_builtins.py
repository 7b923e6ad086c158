# abs, divmod, pow, hex, oct, bin, chr, ord
print(abs(-5), abs(2.5), abs(-0.0), abs(True), abs(-2 ** 63), abs(-(10 ** 30)))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(1, 2.5), divmod(True, 2), divmod(10 ** 20, 7))
print(pow(2, 3, 5), pow(2, -1, 5), pow(-2, 3, -5), pow(2, 3, None), pow(base=2, exp=3), pow(2, 3, mod=7))
print(hex(255), hex(-31), oct(-8), bin(-5), bin(0), hex(True), hex(2 ** 70), oct(2 ** 64), bin(2 ** 65))
print(chr(65), chr(233), chr(0x1F600), ord("a"), ord("é"), ord("😀"), chr(True))
for bad in (lambda: abs("a"), lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: divmod(1.0, 0),
            lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow("a", 3, 5), lambda: pow(),
            lambda: hex(1.5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"),
            lambda: chr(2 ** 31), lambda: ord("ab"), lambda: ord(""), lambda: ord(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
