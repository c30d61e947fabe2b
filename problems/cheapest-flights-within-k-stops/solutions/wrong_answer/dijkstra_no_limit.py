# Plausible bug: plain Dijkstra for the cheapest price, counting stops only along the way but never
# using them to decide: it returns the cheapest trip overall, however many stops it makes.
import heapq


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        best = [float("inf")] * n
        best[src] = 0
        heap = [(0, src)]
        while heap:
            price, u = heapq.heappop(heap)
            if price > best[u]:
                continue
            for v, p in adj[u]:
                if price + p < best[v]:
                    best[v] = price + p
                    heapq.heappush(heap, (best[v], v))
        return -1 if best[dst] == float("inf") else best[dst]
