print("not run")
yield 5
