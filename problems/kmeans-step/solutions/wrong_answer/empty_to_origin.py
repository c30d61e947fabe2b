# Plausible bug: guards the division with max(count, 1), which silently moves a centroid
# with no assigned points to the origin instead of leaving it where it is.
class Solution:
    def kmeansStep(self, points, centroids):
        k, d = len(centroids), len(centroids[0])
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            dists = [sum((p[t] - c[t]) ** 2 for t in range(d)) for c in centroids]
            best = dists.index(min(dists))
            counts[best] += 1
            for t in range(d):
                sums[best][t] += p[t]
        return [[s / max(counts[j], 1) for s in sums[j]] for j in range(k)]
