# finally runs when the try block returns; the return value is computed before finally runs.
log = []
def get_value():
    x = 1
    try:
        log.append("try")
        return x
    finally:
        x = 99
        log.append("finally")

print(get_value(), log)

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
