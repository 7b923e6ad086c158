# An exception thrown in with throw() appears at the paused yield.
def waiter():
    print("waiting")
    yield "paused"
    print("never")

w = waiter()
next(w)
w.throw(ValueError("thrown in"))
