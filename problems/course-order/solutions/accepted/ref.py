from collections import deque


class Solution:
    def findOrder(self, numCourses, prerequisites):
        # Kahn's algorithm: repeatedly take a course whose prerequisites are all taken.
        after = [[] for _ in range(numCourses)]
        indegree = [0] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            indegree[a] += 1
        ready = deque(c for c in range(numCourses) if indegree[c] == 0)
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for d in after[c]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
        # Courses on a cycle (or after one) never reach indegree 0.
        return order if len(order) == numCourses else []
