# try/finally without except: the finally clause runs and the exception keeps propagating to the caller.
def process(items):
    try:
        print("processing", items)
        return items[3]
    finally:
        print("cleanup")

print(process([1, 2, 3, 4]))
try:
    process([1])
except IndexError as e:
    print("caller caught:", e)
