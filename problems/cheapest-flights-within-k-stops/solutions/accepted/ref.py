import heapq


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        # Dijkstra over states (price, city, flights taken). A state is worth expanding only if it uses fewer
        # flights than every cheaper state of the same city popped before it.
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        fewest = [k + 2] * n
        heap = [(0, src, 0)]
        while heap:
            price, u, used = heapq.heappop(heap)
            if u == dst:
                return price
            if used >= fewest[u] or used == k + 1:
                continue
            fewest[u] = used
            for v, p in adj[u]:
                heapq.heappush(heap, (price + p, v, used + 1))
        return -1
