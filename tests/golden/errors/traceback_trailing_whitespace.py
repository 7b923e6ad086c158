# Traceback source lines keep their trailing whitespace (only indentation and the newline are
# stripped), and it counts when deciding whether the ^^^ markers would span the whole line.
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")   
    return n


def run(values):
    return [check(v) for v in values]	


print(run([1, 2]))
run([3,  
     -4])
