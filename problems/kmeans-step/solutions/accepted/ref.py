class Solution:
    def kmeansStep(self, points, centroids):
        k = len(centroids)
        d = len(centroids[0])
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            best = 0
            best_dist = None
            for j, c in enumerate(centroids):
                dist = 0.0
                for t in range(d):
                    diff = p[t] - c[t]
                    dist += diff * diff
                if best_dist is None or dist < best_dist:
                    best, best_dist = j, dist
            counts[best] += 1
            row = sums[best]
            for t in range(d):
                row[t] += p[t]
        return [
            [s / counts[j] for s in sums[j]] if counts[j] > 0 else [float(v) for v in centroids[j]]
            for j in range(k)
        ]
