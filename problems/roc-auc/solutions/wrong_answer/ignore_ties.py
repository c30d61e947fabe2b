# Plausible bug: the rank-sum formula with ranks 1..n taken straight from the sorted order. Tied scores get
# different ranks depending on where the sort happened to put them, instead of sharing their average rank.
class Solution:
    def rocAuc(self, scores, labels):
        order = sorted(range(len(scores)), key=scores.__getitem__)
        rank_sum = 0
        pos = 0
        for rank, i in enumerate(order, start=1):
            if labels[i] == 1:
                rank_sum += rank
                pos += 1
        neg = len(scores) - pos
        return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)
