# Plausible bug: sieves up to and including n, so a prime n is counted although the primes must be
# strictly less than n.
import math


class Solution:
    def countPrimes(self, n):
        if n < 2:
            return 0
        is_prime = bytearray([1]) * (n + 1)
        is_prime[0] = is_prime[1] = 0
        for p in range(2, math.isqrt(n) + 1):
            if is_prime[p]:
                is_prime[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        return is_prime.count(1)
