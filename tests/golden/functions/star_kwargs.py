# **kwargs collects extra keyword arguments into a dict, in call order.
def config(**options):
    for key, value in options.items():
        print(f"{key} = {value!r}")
    return len(options)

print(config(debug=True, level=3, name="x"))
print(config())
