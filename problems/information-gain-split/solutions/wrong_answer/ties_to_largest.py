# Plausible bug: keeps the running best with >=, so among tied candidates the LAST (largest) threshold wins.
import math


class Solution:
    def informationGainSplit(self, x, y):
        n = len(x)
        order = sorted(range(n), key=x.__getitem__)
        f = [0.0] + [m * math.log2(m) for m in range(1, n + 1)]
        left, right = [0] * 10, [0] * 10
        for c in y:
            right[c] += 1
        parent = f[n] - sum(f[r] for r in right)
        best = None
        for k in range(n - 1):
            c = y[order[k]]
            left[c] += 1
            right[c] -= 1
            a, b = x[order[k]], x[order[k + 1]]
            if a == b:
                continue
            nl, nr = k + 1, n - k - 1
            children = f[nl] + f[nr] - sum(f[m] for m in left) - sum(f[m] for m in right)
            g = (parent - children) / n
            if best is None or g >= best[1]:
                best = [(a + b) / 2, g]
        return best
