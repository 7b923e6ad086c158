# An uncaught MRO conflict: traceback at the class statement.
class A: pass
class B(A): pass

class C(A, B):
    pass
