class Solution:
    def giniBestSplit(self, x, y):
        n = len(x)
        order = sorted(range(n), key=x.__getitem__)
        left = [0] * 10
        right = [0] * 10
        for c in y:
            right[c] += 1
        sum_l, sum_r = 0, sum(r * r for r in right)
        cand = []
        for k in range(n - 1):
            c = y[order[k]]
            sum_l += 2 * left[c] + 1
            sum_r -= 2 * right[c] - 1
            left[c] += 1
            right[c] -= 1
            a, b = x[order[k]], x[order[k + 1]]
            if a == b:
                continue
            nl = k + 1
            nr = n - nl
            cand.append(((a + b) / 2, (nl - sum_l / nl + nr - sum_r / nr) / n))
        best = min(g for _, g in cand)
        return next([t, g] for t, g in cand if g <= best + 1e-9)
