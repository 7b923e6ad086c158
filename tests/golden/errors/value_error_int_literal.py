# ValueError: invalid literal for int() with base 10.
def parse_age(text):
    return int(text)

print(parse_age("42"))
print(parse_age("forty-two"))
