# NameError where nothing is close enough to suggest.
def f():
    return completely_unknown_name_xyz

f()
