# Plausible bug: a breadth-first search that fixes a node's time when it is first discovered, i.e. along
# the path with the fewest edges, not the smallest total time. With edges 1->2 (10), 1->3 (1), 3->2 (1)
# node 2 gets 10 instead of 2.
from collections import deque


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [-1] * (n + 1)
        dist[k] = 0
        queue = deque([k])
        while queue:
            u = queue.popleft()
            for v, w in adj[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + w
                    queue.append(v)
        if min(dist[1:]) < 0:
            return -1
        return max(dist[1:])
