# for/else: searching for primes with the else clause.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop still runs else")
