# Plausible bug: Python's round() rounds halves to the nearest EVEN integer (banker's rounding): 2.5 -> 2,
# 0.5 -> 0, -2.5 -> -2.
class Solution:
    def quantizeInt8(self, x):
        m = max(abs(v) for v in x)
        if m == 0:
            return [0] * len(x)
        s = m / 127
        return [max(-127, min(127, int(round(v / s)))) for v in x]
