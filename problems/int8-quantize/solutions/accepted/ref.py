import math


class Solution:
    def quantizeInt8(self, x):
        m = max(abs(v) for v in x)
        if m == 0:
            return [0] * len(x)
        s = m / 127
        out = []
        for v in x:
            r = v / s
            a = abs(r)
            q = math.floor(a)
            if a - q >= 0.5:  # exact: a - floor(a) has no rounding error
                q += 1
            q = q if r >= 0 else -q
            out.append(max(-127, min(127, q)))
        return out
