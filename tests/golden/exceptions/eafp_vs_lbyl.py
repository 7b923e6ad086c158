# EAFP (try/except KeyError) versus LBYL (checking first): same result for a word counter.
text = "to be or not to be"
eafp = {}
for w in text.split():
    try:
        eafp[w] += 1
    except KeyError:
        eafp[w] = 1
lbyl = {}
for w in text.split():
    if w in lbyl:
        lbyl[w] += 1
    else:
        lbyl[w] = 1
print(eafp)
print(eafp == lbyl)
