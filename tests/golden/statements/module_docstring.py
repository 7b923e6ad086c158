"""A module docstring becomes the module's __doc__."""
# (The first statement, a string, is the docstring of the __main__ module.)
print(__doc__)
print(globals()["__doc__"].upper())
