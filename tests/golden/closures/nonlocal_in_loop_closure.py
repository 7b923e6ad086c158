# nonlocal updates from a closure called inside a loop.
def run():
    hits = 0
    def hit():
        nonlocal hits
        hits += 1
    for _ in range(7):
        hit()
    return hits

print(run())
