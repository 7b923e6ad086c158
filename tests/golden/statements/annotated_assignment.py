# Annotated assignments bind the value; a bare annotation binds nothing.
count: int = 5
name: str
print(count)
print("name" in globals())
print(__annotations__)

def f():
    local: int = 3
    return local

print(f())
