# Comprehensions inside a class body cannot see class variables (except the first iterable).
class Config:
    base = 10
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = None
        print("NameError:", e)
    doubled = base * 2

print(Config.upper, Config.scaled, Config.doubled)
