# An error three closures deep, caught once and then raised again uncaught.
def make_pipeline(divisor):
    def stage1(x):
        def stage2(y):
            def stage3(z):
                return z // divisor
            return stage3(y + 1)
        return stage2(x * 2)
    return stage1

ok = make_pipeline(2)
print(ok(5))
bad = make_pipeline(0)
try:
    bad(1)
except ZeroDivisionError as e:
    print("caught:", e)
bad(2)
