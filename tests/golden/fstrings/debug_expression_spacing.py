# The = specifier keeps the spacing written around the expression.
a = 5
print(f"{a=}")
print(f"{a =}")
print(f"{a= }")
print(f"{ a = }")
print(f"{a+1=}")
print(f"{a=!r:>4}")
