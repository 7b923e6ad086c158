# Integer loops over lists: sieve of Eratosthenes and prefix sums.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]

primes = sieve(7000000)
prefix = [0]
for p in primes:
    prefix.append(prefix[-1] + p)
checksum = 0
for idx in range(0, len(prefix), 7):
    checksum = (checksum * 31 + prefix[idx]) % 1000000007
print(len(primes), primes[-1], checksum)
