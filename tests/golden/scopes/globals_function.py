# globals() is the module's namespace dict; writing into it defines names.
g = globals()
g["made_up"] = 123
print(made_up)
print("g" in g, g["g"] is g)
print(type(g).__name__)
