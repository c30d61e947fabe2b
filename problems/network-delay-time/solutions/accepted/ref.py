import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        # Dijkstra with a lazy heap: an entry of a node already settled is skipped.
        dist = [-1] * (n + 1)
        heap = [(0, k)]
        reached = latest = 0
        while heap:
            d, u = heapq.heappop(heap)
            if dist[u] >= 0:
                continue
            dist[u] = d
            reached += 1
            latest = d
            for v, w in adj[u]:
                if dist[v] < 0:
                    heapq.heappush(heap, (d + w, v))
        return latest if reached == n else -1
