# Plausible bug: the area under the precision-recall curve by the trapezoidal rule, as auc(recall, precision)
# computes it, starting from the point (recall 0, precision 1). Linear interpolation between PR points is
# optimistic; average precision uses steps.
class Solution:
    def averagePrecision(self, labels, scores):
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        total = sum(labels)
        tp = fp = 0
        area, prev_r, prev_p = 0.0, 0.0, 1.0
        i, n = 0, len(order)
        while i < n:
            j = i
            while j < n and scores[order[j]] == scores[order[i]]:
                if labels[order[j]] == 1:
                    tp += 1
                else:
                    fp += 1
                j += 1
            r, p = tp / total, tp / (tp + fp)
            area += (r - prev_r) * (p + prev_p) / 2
            prev_r, prev_p = r, p
            i = j
        return area
