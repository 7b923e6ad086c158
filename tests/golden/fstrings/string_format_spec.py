# Format specs on strings: width, alignment and truncation with precision.
s = "hello"
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:-^11}]")
print(f"[{s:.3}] [{s:>8.2}]")
print(f"[{'':5}]")
