import math


class Solution:
    def softmax(self, logits):
        shift = max(logits)
        exps = [math.exp(z - shift) for z in logits]
        total = 0.0
        for e in exps:
            total += e
        return [e / total for e in exps]
