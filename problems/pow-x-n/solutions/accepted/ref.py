class Solution:
    def myPow(self, x, n):
        # Binary exponentiation over the bits of |n| (Python integers do not overflow).
        if n < 0:
            x, n = 1 / x, -n
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
