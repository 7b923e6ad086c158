# Late binding: closures made in a loop all see the loop variable's final value.
funcs = []
for i in range(4):
    def show():
        return i
    funcs.append(show)

print([f() for f in funcs])
i = 10
print([f() for f in funcs])
