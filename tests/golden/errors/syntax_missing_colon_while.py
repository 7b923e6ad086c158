# SyntaxError: expected ':' after a while condition inside a function.
def countdown(n):
    while n > 0
        print(n)
        n -= 1

countdown(3)
