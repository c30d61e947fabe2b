# Plausible bug: mixes up the denominators, dividing TP by the actual positives for
# precision and by the predicted positives for recall.
class Solution:
    def precisionRecallF1(self, yTrue, yPred):
        tp = sum(1 for t, p in zip(yTrue, yPred) if t == 1 and p == 1)
        actual = sum(yTrue)
        predicted = sum(yPred)
        precision = tp / actual if actual > 0 else 0.0
        recall = tp / predicted if predicted > 0 else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
        return [precision, recall, f1]
