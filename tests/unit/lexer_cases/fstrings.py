name = "world"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{3.14159:.2f} {42:>10} {name:*^20}"
d = f"{'nested single'} {name + '!'}"
e = f'{"nested double"} {len("xyz")}'
f = f"{{literal braces}} {name}"
g = f"""triple {name} with "quotes" and 'quotes'"""
h = f'''{name
}'''
i = f"{ {'a': 1}['a'] }"
j = f"{name=}"
k = rf"\d{name}"
l = f"{x!r:>{width}}"
m = f"{'a' if name else 'b'}"
