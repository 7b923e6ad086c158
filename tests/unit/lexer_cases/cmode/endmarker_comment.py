def f():
    # nothing
