# Plausible bug: works with |n| and never takes the reciprocal at the end, so x^-n comes out as x^n.
class Solution:
    def myPow(self, x, n):
        e = abs(n)
        result = 1.0
        while e:
            if e & 1:
                result *= x
            x *= x
            e >>= 1
        return result
