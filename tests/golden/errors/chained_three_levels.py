# Three exceptions chained implicitly: the tracebacks print oldest first, each followed by "During handling".
def step3():
    raise ValueError("step 3 failed")

def step2():
    try:
        step3()
    except ValueError:
        raise KeyError("step 2 lookup")

def step1():
    try:
        step2()
    except KeyError as e:
        raise RuntimeError("pipeline failed") from e

step1()
