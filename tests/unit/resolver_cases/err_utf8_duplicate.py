def f(ééé, ééé): pass
