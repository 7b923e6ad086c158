# pass does nothing: placeholders in functions, loops and branches.
def todo():
    pass

for _ in range(3):
    pass

if True:
    pass
else:
    pass

print(todo())
print("ok")
