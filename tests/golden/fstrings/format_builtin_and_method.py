# format() and str.format share the mini-language with f-strings.
print(format(3.14159, ".2f"), format(255, "#x"), format("ab", "^6"))
print("{:>8.3f}|{:<5}|{:^7}".format(2.0, "ab", "c"))
print("{0} {1} {0}".format("x", "y"))
print("{name}: {value:05d}".format(name="id", value=42))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print(format(12345.6789, ",.1f"))
