# Nested try statements inside a loop: inner handlers deal with some errors, the outer with the rest.
data = ["10", "x", "0", None, "5"]
total = 0
for item in data:
    try:
        try:
            total += 100 // int(item)
        except ValueError:
            print(f"skip {item!r}: not a number")
        except ZeroDivisionError:
            print(f"skip {item!r}: zero")
    except TypeError as e:
        print(f"outer: {e}")
    else:
        print("handled", repr(item))
print("total", total)
