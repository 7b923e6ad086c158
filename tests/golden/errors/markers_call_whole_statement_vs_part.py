# A call that is the whole statement gets no markers; the same call as part of an assignment gets ^^^.
def fail():
    return {}["x"]

def outer():
    result = fail()
    return result

outer()
