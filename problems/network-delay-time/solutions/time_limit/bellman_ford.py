# Bellman-Ford: relax every edge, round after round, until nothing changes. Correct, but O(n * m).
class Solution:
    def networkDelayTime(self, times, n, k):
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        latest = max(dist[1:])
        return -1 if latest == INF else latest
