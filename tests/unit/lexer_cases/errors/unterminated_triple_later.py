x = 1
s = """doc

more

