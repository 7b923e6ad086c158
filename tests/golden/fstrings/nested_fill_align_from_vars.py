# Fill, align and width all from nested fields.
fill, align, width = "*", "^", 11
print(f"[{'mid':{fill}{align}{width}}]")
align = "<"
print(f"[{42:{fill}{align}{width}d}]")
spec = ">8.2f"
print(f"[{2.5:{spec}}]")
