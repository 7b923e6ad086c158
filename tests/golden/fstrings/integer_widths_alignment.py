# Integer formatting: width, alignment, fill and sign.
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}]")
print(f"[{n:05}] [{-n:05}] [{n:+}] [{-n:+}] [{n: }]")
print(f"[{n:*^9}] [{-n:=8}] [{n:0=+8}]")
