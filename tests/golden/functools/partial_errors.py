# functools.partial errors: arguments, read-only attributes, __dict__
from functools import partial

for make in [lambda: partial(), lambda: partial(5), lambda: partial("f", 1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
p = partial(print, "hi")
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
p.note = "saved"
print(p.note, p.__dict__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
q = partial(divmod, 7)
print(q(2))
q(0)
