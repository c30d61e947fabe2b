# The definition evaluated directly: for every distinct score, scan all examples to count TP and FP at that
# threshold. O(n m).
class Solution:
    def averagePrecision(self, labels, scores):
        positives = sum(labels)
        ap, prev_recall = 0.0, 0.0
        for t in sorted(set(scores), reverse=True):
            tp = fp = 0
            for y, s in zip(labels, scores):
                if s >= t:
                    if y == 1:
                        tp += 1
                    else:
                        fp += 1
            recall = tp / positives
            ap += (recall - prev_recall) * tp / (tp + fp)
            prev_recall = recall
        return ap
