# a builtin's exception, uncaught, reported with the call's position
values = [3, 1, 2]
print(max(values))
print(sorted(values, key=len))
