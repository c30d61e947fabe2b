# Plausible bug: the base-10 logarithm instead of the natural one (PSI values are then 2.3 times too small).
import math


class Solution:
    def psi(self, expected, actual):
        se, sa = sum(expected), sum(actual)
        total = 0.0
        for e, a in zip(expected, actual):
            p = e / se if e else 1e-4
            q = a / sa if a else 1e-4
            total += (q - p) * math.log10(q / p)
        return total
