import math


class Solution:
    def attention(self, Q, K, V):
        scale = math.sqrt(len(Q[0]))
        dv = len(V[0])
        out = []
        for q in Q:
            s = [sum(a * b for a, b in zip(q, k)) / scale for k in K]
            mx = max(s)
            e = [math.exp(x - mx) for x in s]
            total = sum(e)
            row = [0.0] * dv
            for ej, v in zip(e, V):
                a = ej / total
                for t in range(dv):
                    row[t] += a * v[t]
            out.append(row)
        return out
