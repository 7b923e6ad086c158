# factorial(60) with a loop: the int grows past 64 bits transparently.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(20))
print(factorial(21))
print(factorial(60))
print(factorial(60) // factorial(58))
