# Plausible bug: Dijkstra over (price, city, flights taken) that expands every city only once, the first
# time it is popped. The cheapest way into a city may use too many flights to go on, and then a pricier
# way with fewer flights, which could still reach dst in time, is thrown away.
import heapq


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        visited = [False] * n
        heap = [(0, src, 0)]
        while heap:
            price, u, used = heapq.heappop(heap)
            if u == dst:
                return price
            if visited[u]:
                continue
            visited[u] = True
            if used == k + 1:
                continue
            for v, p in adj[u]:
                if not visited[v]:
                    heapq.heappush(heap, (price + p, v, used + 1))
        return -1
