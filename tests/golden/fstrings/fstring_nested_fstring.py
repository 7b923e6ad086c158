# An f-string nested inside another f-string's field.
names = ["a", "bb"]
print(f"{', '.join(f'<{n}>' for n in names)}")
width = 6
print(f"{f'{3.14159:.2f}':>{width}}")
