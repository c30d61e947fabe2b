import numpy as np


class Solution:
    def averagePrecision(self, labels, scores):
        y = np.asarray(labels, dtype=np.int64)
        s = np.asarray(scores, dtype=float)
        order = np.argsort(-s, kind="stable")
        s, y = s[order], y[order]
        # The last index of every group of equal scores is a threshold.
        last = np.r_[np.flatnonzero(np.diff(s) != 0), len(s) - 1]
        tp = np.cumsum(y)[last]
        fp = (last + 1) - tp
        precision = tp / (tp + fp)
        recall = tp / tp[-1]
        return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))
