# Multiplies x into the result |n| times: correct, but up to 2^31 multiplications.
class Solution:
    def myPow(self, x, n):
        result = 1.0
        for _ in range(abs(n)):
            result *= x
        return 1 / result if n < 0 else result
