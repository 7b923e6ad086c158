# A walrus expression needs parentheses inside a field.
print(f"{(n := 10)} then {n * 2}")
items = [1, 2, 3]
print(f"{(total := sum(items))=}")
print(total)
