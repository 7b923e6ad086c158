def f(seq):
    *a, b, *c = seq
