class Solution:
    def precisionRecallF1(self, yTrue, yPred):
        tp = fp = fn = 0
        for t, p in zip(yTrue, yPred):
            if p == 1:
                if t == 1:
                    tp += 1
                else:
                    fp += 1
            elif t == 1:
                fn += 1
        precision = tp / (tp + fp) if tp + fp > 0 else 0.0
        recall = tp / (tp + fn) if tp + fn > 0 else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
        return [precision, recall, f1]
