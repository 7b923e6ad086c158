# The except-as name is unbound even when the handler itself raises.
try:
    try:
        1 / 0
    except ZeroDivisionError as err:
        raise ValueError("converted") from err
except ValueError as outer:
    print("outer:", outer, "| cause:", outer.__cause__)
for name in ["err", "outer"]:
    print(name, name in globals())

def f():
    try:
        [][0]
    except IndexError as e:
        return "returned from handler"
    finally:
        print("e bound in finally?", "e" in locals())
print(f())
