# Augmented assignment operators on numbers.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
n /= 4; print(n)
