# Plausible bug: measures entropy in nats (math.log) instead of bits (log base 2). The best threshold is the
# same, but every gain is ln 2 ~ 0.693 times too small.
import math


class Solution:
    def informationGainSplit(self, x, y):
        n = len(x)
        order = sorted(range(n), key=x.__getitem__)
        f = [0.0] + [m * math.log(m) for m in range(1, n + 1)]
        left, right = [0] * 10, [0] * 10
        for c in y:
            right[c] += 1
        parent = f[n] - sum(f[r] for r in right)
        cand = []
        for k in range(n - 1):
            c = y[order[k]]
            left[c] += 1
            right[c] -= 1
            a, b = x[order[k]], x[order[k + 1]]
            if a == b:
                continue
            nl, nr = k + 1, n - k - 1
            children = f[nl] + f[nr] - sum(f[m] for m in left) - sum(f[m] for m in right)
            cand.append(((a + b) / 2, (parent - children) / n))
        best = max(g for _, g in cand)
        return next([t, g] for t, g in cand if g >= best - 1e-9)
