# A recursive function failing after a few identical calls: three frames shown, then "[Previous line repeated 4 more times]".
def countdown(n):
    if n == 0:
        raise ValueError("liftoff aborted")
    return countdown(n - 1)

def launch(seconds):
    print("counting down from", seconds)
    return countdown(seconds)

launch(7)
