class Solution:
    def rocAuc(self, scores, labels):
        order = sorted(range(len(scores)), key=scores.__getitem__)
        neg_below = twice = pos = neg = 0
        i, n = 0, len(order)
        while i < n:
            j, p, q = i, 0, 0
            s = scores[order[i]]
            while j < n and scores[order[j]] == s:
                if labels[order[j]] == 1:
                    p += 1
                else:
                    q += 1
                j += 1
            twice += 2 * p * neg_below + p * q
            neg_below += q
            pos += p
            neg += q
            i = j
        return twice / (2 * pos * neg)
