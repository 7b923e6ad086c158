# __dict__ and vars() expose instance attributes; writing into __dict__ creates attributes.
class Config:
    debug = False
    def __init__(self):
        self.host = "localhost"
        self.port = 8080

c = Config()
print(c.__dict__)
print(vars(c) is c.__dict__)
c.__dict__["timeout"] = 30
print(c.timeout, sorted(vars(c)))
vars(c)["port"] = 9090
print(c.port)
print("debug" in vars(c), "debug" in vars(Config))
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
