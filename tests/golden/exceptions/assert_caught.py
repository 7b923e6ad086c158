# assert with and without a message; AssertionError's args hold the message.
def check_age(age):
    assert isinstance(age, int), f"age must be an int, got {type(age).__name__}"
    assert age >= 0
    return age

for a in [5, "5", -1]:
    try:
        print("ok", check_age(a))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
