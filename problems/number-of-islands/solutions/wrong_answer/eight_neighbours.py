# Plausible bug: explores all eight neighbours, so land cells that only touch at a corner are
# merged into one island.
from collections import deque


class Solution:
    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1 or seen[r][c]:
                    continue
                islands += 1
                seen[r][c] = True
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            ni, nj = i + di, j + dj
                            if 0 <= ni < m and 0 <= nj < n and grid[ni][nj] == 1 and not seen[ni][nj]:
                                seen[ni][nj] = True
                                queue.append((ni, nj))
        return islands
