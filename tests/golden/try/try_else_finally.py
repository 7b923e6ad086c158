# else runs when no exception happened; finally always runs.
def attempt(value):
    try:
        result = 10 // value
    except ZeroDivisionError as e:
        print("error:", e)
    else:
        print("result:", result)
    finally:
        print("finally for", value)

attempt(2)
attempt(0)
