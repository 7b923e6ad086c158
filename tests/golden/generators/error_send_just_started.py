def g():
    x = yield
gen = g()
gen.send("too early")
