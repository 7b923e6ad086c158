# An invalid format code for a str, uncaught: traceback and ValueError.
price = "12.5"
print(f"{price:.2f}")
