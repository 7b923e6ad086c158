# TypeError: can only concatenate list (not "int") to list.
items = [1, 2]
items = items + 3
