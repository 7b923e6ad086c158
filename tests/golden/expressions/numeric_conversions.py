# int() with bases and strings, float() from strings.
print(int("42"), int("-17"), int(" 7 "), int("1_000"))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("777", 8), int("z", 36))
print(float("1e3"), float("-.5"), float("inf"), float("1_000.5"))
print(int(True), int(2.9e5), int("12345678901234567890"))
print(hex(-255), oct(8), bin(0), hex(2 ** 64))
