# Tests every number below n by trial division up to its square root: O(n sqrt(n)).
class Solution:
    def countPrimes(self, n):
        count = 0
        for i in range(2, n):
            d = 2
            while d * d <= i:
                if i % d == 0:
                    break
                d += 1
            else:
                count += 1
        return count
