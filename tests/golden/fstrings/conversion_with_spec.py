# A conversion followed by a format spec.
name = "bob"
print(f"[{name!r:>10}]")
print(f"[{name!s:*^9}]")
print(f"[{'é'!a:<8}]")
