# The loop variable keeps the value it had at break.
for i in range(100):
    if i * i > 50:
        break
print(i)
for word in ["x", "yy", "zzz"]:
    pass
print(word)
