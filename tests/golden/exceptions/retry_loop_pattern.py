# A retry loop: try up to N times, else clause on the for loop when every attempt failed.
attempts_log = []

def unreliable(n, succeed_at):
    attempts_log.append(n)
    if n < succeed_at:
        raise ConnectionError(f"attempt {n} failed")
    return f"connected on attempt {n}"

for succeed_at in (2, 9):
    for attempt in range(1, 4):
        try:
            print(unreliable(attempt, succeed_at))
            break
        except ConnectionError as e:
            print("retrying after:", e)
    else:
        print("giving up")
print(attempts_log)
