# Plausible bug: scales the scores by 1/d instead of 1/sqrt(d).
import math


class Solution:
    def attention(self, Q, K, V):
        d = len(Q[0])
        dv = len(V[0])
        out = []
        for q in Q:
            s = [sum(a * b for a, b in zip(q, k)) / d for k in K]
            mx = max(s)
            e = [math.exp(x - mx) for x in s]
            total = sum(e)
            row = [0.0] * dv
            for ej, v in zip(e, V):
                for t in range(dv):
                    row[t] += ej / total * v[t]
            out.append(row)
        return out
