# A call spanning several lines whose argument fails: the traceback shows the failing line of the call.
def make_record(name, age, city):
    return {"name": name, "age": age, "city": city}

rows = [("ann", "31", "Oslo"), ("bob", "x", "Rome")]
for name, age, city in rows:
    record = make_record(
        name.title(),
        int(age),
        city.upper(),
    )
    print(record)
