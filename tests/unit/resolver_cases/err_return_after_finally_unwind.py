def f():
    for i in x:
        try:
            pass
        finally:
            def g():
                continue
