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
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < m and 0 <= nj < n and grid[ni][nj] == 1 and not seen[ni][nj]:
                            seen[ni][nj] = True
                            queue.append((ni, nj))
        return islands
