# Plausible bug: runs Kahn's algorithm but never checks that it took every course; the courses stuck on a
# cycle are appended at the end, so an impossible schedule gets an order instead of [].
from collections import deque


class Solution:
    def findOrder(self, numCourses, prerequisites):
        after = [[] for _ in range(numCourses)]
        indegree = [0] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            indegree[a] += 1
        ready = deque(c for c in range(numCourses) if indegree[c] == 0)
        order = []
        taken = [False] * numCourses
        while ready:
            c = ready.popleft()
            order.append(c)
            taken[c] = True
            for d in after[c]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
        order.extend(c for c in range(numCourses) if not taken[c])
        return order
