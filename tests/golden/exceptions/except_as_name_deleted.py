# The `as` name is deleted at the end of the handler: using it afterwards raises NameError.
try:
    1 / 0
except ZeroDivisionError as err:
    print("inside:", err)
    saved = err
print("saved:", saved)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
