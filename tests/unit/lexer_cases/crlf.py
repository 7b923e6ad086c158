def f(a,
      b):
    # comment

    s = '''one
two'''
    return a + b
