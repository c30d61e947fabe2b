# Plausible bug: takes each feature's own variance (the diagonal of C) as the "component variances", skipping
# the eigen-decomposition. That is only right when the features are uncorrelated; correlated features share a
# direction whose variance is larger than any single column's.
class Solution:
    def explainedVarianceRatio(self, X, k):
        n, d = len(X), len(X[0])
        variances = []
        for j in range(d):
            mean = sum(row[j] for row in X) / n
            variances.append(sum((row[j] - mean) ** 2 for row in X) / (n - 1))
        total = sum(variances)
        variances.sort(reverse=True)
        return [v / total for v in variances[:k]]
