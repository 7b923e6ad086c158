# SyntaxError: plain "invalid syntax" (no comma hint) for a missing comma at the end of a line of a multi-line dict.
user = {
    "name": "ann"
    "age": 31,
}
print(user)
