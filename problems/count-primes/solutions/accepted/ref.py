import math


class Solution:
    def countPrimes(self, n):
        # Sieve of Eratosthenes; slice assignment crosses out all multiples of p at C speed.
        if n < 3:
            return 0
        is_prime = bytearray([1]) * n
        is_prime[0] = is_prime[1] = 0
        for p in range(2, math.isqrt(n - 1) + 1):
            if is_prime[p]:
                is_prime[p * p::p] = bytes(len(range(p * p, n, p)))
        return is_prime.count(1)
