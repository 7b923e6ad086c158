# input() at end of input raises EOFError (no .in file: stdin is empty).
print("before")
line = input("prompt> ")
print("never", line)
