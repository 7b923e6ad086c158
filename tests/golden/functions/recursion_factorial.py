# Recursion: factorial and the sum of digits.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)

print(fact(5), fact(20))
print(fact(30))
print(digit_sum(fact(30)))
