# A decorator may return anything: here the function is replaced by its result.
def call_now(func):
    return func()

@call_now
def answer():
    return 42

print(answer)
print(type(answer))

def to_list(func):
    return [func(i) for i in range(4)]

@to_list
def squares(i):
    return i * i

print(squares)
