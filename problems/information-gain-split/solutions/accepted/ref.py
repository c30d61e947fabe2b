import math


class Solution:
    def informationGainSplit(self, x, y):
        n = len(x)
        order = sorted(range(n), key=x.__getitem__)
        # f[m] = m log2 m, so that |S| H(S) = f[|S|] - sum_c f[count_c].
        f = [0.0] + [m * math.log2(m) for m in range(1, n + 1)]
        left = [0] * 10
        right = [0] * 10
        for c in y:
            right[c] += 1
        parent = f[n] - sum(f[r] for r in right)
        # sum_c f[left_c] and sum_c f[right_c], updated as each point moves from right to left.
        sum_l, sum_r = 0.0, sum(f[r] for r in right)
        cand = []
        for k in range(n - 1):
            c = y[order[k]]
            sum_l += f[left[c] + 1] - f[left[c]]
            sum_r += f[right[c] - 1] - f[right[c]]
            left[c] += 1
            right[c] -= 1
            a, b = x[order[k]], x[order[k + 1]]
            if a == b:
                continue
            nl = k + 1
            nr = n - nl
            children = f[nl] - sum_l + f[nr] - sum_r
            cand.append(((a + b) / 2, (parent - children) / n))
        best = max(g for _, g in cand)
        return next([t, g] for t, g in cand if g >= best - 1e-9)
