# Positional-only parameters (before /) cannot be passed by keyword.
def power(base, exp=2, /, *, mod=None):
    result = base ** exp
    return result % mod if mod else result

print(power(3))
print(power(3, 4))
print(power(3, 4, mod=5))
print(power.__code__.co_posonlyargcount, power.__code__.co_argcount)
power(base=3)
