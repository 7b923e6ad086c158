# print: sep, end, flush, None options, and its argument errors
print()
print(1, "a", None, 2.5, [1, "b"], (1,), {1: "x"})
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2, sep=None, end=None)
print("flushed", flush=True)
print(*range(5), sep=", ")
for bad in (lambda: print(1, sep=3), lambda: print(1, end=4),
            lambda: print(sepp=1), lambda: print(1, file=1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
