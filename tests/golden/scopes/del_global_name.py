# del removes a module-level name; using it afterwards is a NameError.
message = "hi"
print(message)
del message
print(message)
