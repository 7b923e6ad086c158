# GeneratorExit, like KeyboardInterrupt and SystemExit, is not an Exception.
for cls in [GeneratorExit, KeyboardInterrupt, SystemExit, ValueError]:
    try:
        try:
            raise cls("stop")
        except Exception:
            print(cls.__name__, "caught by except Exception")
    except BaseException as e:
        print(cls.__name__, "escaped to BaseException:", repr(e))
raise GeneratorExit
